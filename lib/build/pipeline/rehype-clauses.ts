/** rehype plugin: reads the clause sections once and records the clause list and the table of contents on the file. */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { CLAUSE_KINDS, type Clause, type ClauseKind, type TocEntry } from '../../shared/types.ts';

declare module 'vfile' {
  interface DataMap {
    clauses: Clause[];
    toc: TocEntry[];
  }
}

/** Clause kinds that the navigator lists: the notice (via its preface), attachments, parts and items. */
const TOC_KINDS: ReadonlySet<ClauseKind> = new Set(['preface', 'att', 'sec', 'point']);

const isElement = (node: ElementContent | Root['children'][number]): node is Element => node.type === 'element';
const hasClass = (node: Element, name: string): boolean => {
  const value = node.properties.className;
  return Array.isArray(value) && value.includes(name);
};
const isClause = (node: Element): boolean => node.tagName === 'section' && hasClass(node, 'clause');
const isHeading = (node: Element): boolean => /^h[1-6]$/.test(node.tagName);
const kindOf = (node: Element): ClauseKind | undefined =>
  CLAUSE_KINDS.find((kind) => kind === node.properties.dataKind);

/** Build-time rehype plugin; see the module comment. */
export default function rehypeClauses() {
  return (tree: Root, file: VFile): void => {
    const clauses: Clause[] = [];
    const toc: TocEntry[] = [];

    const visit = (
      children: Array<ElementContent | Root['children'][number]>,
      parent: Clause | undefined,
      tocParent: TocEntry[],
    ): void => {
      for (const node of children) {
        if (!isElement(node)) continue;
        if (!isClause(node)) {
          visit(node.children, parent, tocParent);
          continue;
        }
        const id = node.properties.id;
        const kind = kindOf(node);
        if (typeof id !== 'string' || kind === undefined)
          throw new Error(`rehype-clauses: a clause section without id or kind in ${file.path}`);
        const own = node.children.filter(isElement);
        const heading = own.find(isHeading);
        const label = own.find((child) => hasClass(child, 'annex-label'));
        const numSpan = heading?.children.filter(isElement).find((child) => hasClass(child, 'num'));
        const num = numSpan ? toString(numSpan) : label ? toString(label).replace(/：$/, '') : '';
        const headingText = heading ? toString(heading).slice(numSpan ? num.length : 0) : '';
        const text = own
          .filter((child) => child !== heading && child !== label && !isClause(child))
          .map((child) => toString(child).trim())
          .filter(Boolean)
          .join('\n');
        const clause: Clause = {
          id,
          kind,
          num,
          // The trailing 。 of a run-in item heading belongs to the sentence, not to the heading's name.
          heading: headingText.replace(/。$/, ''),
          text,
          citable: node.properties.dataCitable === true,
          parent: parent?.id ?? null,
          depth: parent ? parent.depth + 1 : 0,
          html: toHtml(node),
        };
        clauses.push(clause);
        let entries = tocParent;
        if (TOC_KINDS.has(kind)) {
          const entry: TocEntry = { id, num: clause.num, heading: clause.heading, children: [] };
          tocParent.push(entry);
          entries = entry.children;
        }
        visit(node.children, clause, entries);
      }
    };

    visit(tree.children, undefined, toc);
    file.data.clauses = clauses;
    file.data.toc = toc;
  };
}
