/**
 * rehype plugin: reads the clause sections once, from the facts the structure step left on them, and
 * records the clause list and the table of contents on the file. It runs last, so each clause's html
 * is the final HTML of its section, in the page's script (with its headings promoted for its own page).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { Clause, TocEntry } from '../../shared/types.ts';
import type { ClauseFacts, ClausePart } from './remark-structure/index.ts';
import './to-hast.ts';

declare module 'vfile' {
  interface DataMap {
    clauses: Clause[];
    toc: TocEntry[];
  }
}

type Node = ElementContent | RootContent;
const isElement = (node: Node): node is Element => node.type === 'element';
const factsOf = (node: Element): ClauseFacts | undefined => node.data?.clause;
const partOf = (node: Element, part: ClausePart): boolean => node.data?.clausePart === part;

/** The first element marked `part` among the nodes, looking inside them but never into a nested clause. */
function findPart(nodes: readonly Node[], part: ClausePart): Element | undefined {
  for (const node of nodes) {
    if (!isElement(node) || factsOf(node)) continue;
    if (partOf(node, part)) return node;
    const found = findPart(node.children, part);
    if (found) return found;
  }
  return undefined;
}

/**
 * The words of a node without its clause number and hidden captions; table cells and rows stay apart
 * (a tab, a line), so search never matches across two cells.
 */
function wordsOf(node: Node): string {
  if (node.type === 'text') return node.value;
  if (!isElement(node) || partOf(node, 'num') || partOf(node, 'hidden')) return '';
  const inner = node.children.map(wordsOf);
  if (node.tagName === 'tr')
    return inner
      .filter((cell) => cell.trim() !== '')
      .map((cell) => cell.trim())
      .join('\t');
  if (node.tagName === 'table' || node.tagName === 'thead' || node.tagName === 'tbody') {
    return inner
      .filter((row) => row.trim() !== '')
      .map((row) => row.trim())
      .join('\n');
  }
  return inner.join('');
}

/** The clause's own number, heading and text, read from its section's children (nested clauses excluded). */
function ownWords(section: Element): Pick<Clause, 'num' | 'hasHeading' | 'heading' | 'text'> {
  const own = section.children.filter(isElement);
  const heading = own.find((child) => partOf(child, 'heading'));
  const label = own.find((child) => partOf(child, 'label'));
  const number = findPart(own, 'num');
  // An annex has no number of its own: its label (附件2：) names it, without the colon.
  const num = number ? toString(number) : label ? toString(label).slice(0, -1) : '';
  const text = own
    .filter((child) => child !== heading && child !== label && !factsOf(child))
    .map((child) => wordsOf(child).trim())
    .filter(Boolean)
    .join('\n');
  // The trailing 。 of a run-in item heading belongs to the sentence, not to the heading's name.
  const headingText = heading ? wordsOf(heading).trim().replace(/。$/, '') : '';
  return { num, hasHeading: heading !== undefined, heading: headingText, text };
}

const HEADING = /^h([1-6])$/;

/**
 * The clause as a page of its own: its section with the headings shifted so that its first heading is
 * the page's h1 (an item's h4 → h1; a part's h3 → h1 and its items' h4 → h2). Done on a copy of the tree.
 */
function standaloneHtml(section: Element): string {
  const copy = structuredClone(section);
  let shift: number | undefined;
  const promote = (node: Element): void => {
    const level = Number(HEADING.exec(node.tagName)?.[1] ?? 0);
    if (level > 0) {
      shift ??= level - 1;
      node.tagName = `h${Math.max(1, level - shift)}`;
    }
    node.children.filter(isElement).forEach(promote);
  };
  promote(copy);
  return toHtml(copy);
}

function toClause(section: Element, facts: ClauseFacts, parent: Clause | undefined): Clause {
  return {
    id: facts.id,
    kind: facts.kind,
    ordinal: facts.ordinal,
    ...ownWords(section),
    citable: facts.citable,
    parent: parent?.id ?? null,
    depth: parent ? parent.depth + 1 : 0,
    html: standaloneHtml(section),
  };
}

/** Build-time rehype plugin; see the module comment. */
export default function rehypeClauses() {
  return (tree: Root, file: VFile): void => {
    const clauses: Clause[] = [];
    const toc: TocEntry[] = [];
    const walk = (children: readonly Node[], parent: Clause | undefined, entries: TocEntry[]): void => {
      for (const node of children) {
        if (!isElement(node)) continue;
        const facts = factsOf(node);
        if (!facts) {
          walk(node.children, parent, entries);
          continue;
        }
        const clause = toClause(node, facts, parent);
        clauses.push(clause);
        // The navigator lists every clause with a heading: the notice (by its title), annexes, parts, items, 章, 条 ….
        const entry: TocEntry | undefined = clause.hasHeading
          ? { id: clause.id, kind: clause.kind, num: clause.num, heading: clause.heading, children: [] }
          : undefined;
        if (entry) entries.push(entry);
        walk(node.children, clause, entry ? entry.children : entries);
      }
    };
    walk(tree.children, undefined, toc);
    file.data.clauses = clauses;
    file.data.toc = toc;
  };
}
