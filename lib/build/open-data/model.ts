/**
 * The document as read, as a tree: the pipeline's clause list gives each clause's id, kind, place and
 * number, and the pipeline's HTML for the page gives the words each clause shows (paragraphs, tables,
 * links, its printed number and heading). The AKN and plain-text downloads are both written from this
 * one tree, so they hold exactly the page's text. Nothing here reads the Markdown.
 */
import { defaultTreeAdapter, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import type { DocumentVariant } from '../corpus/index.ts';
import type { Clause } from '../../shared/types.ts';

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

export type Inline = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string };

export interface Paragraph {
  kind: 'p';
  inlines: Inline[];
  /** The HTML class, where the page marks what the paragraph is (annex-ref: the 附件： line of the body). */
  className: string | null;
}

export interface TableCell {
  header: boolean;
  inlines: Inline[];
}

export interface Table {
  kind: 'table';
  /** The caption line as printed (表1　…); null where the page only names the table for screen readers. */
  caption: string | null;
  rows: TableCell[][];
}

export type Block = Paragraph | Table;

export interface ClauseNode {
  clause: Clause;
  /** The number as printed (一、, （三）, 第五条), or an annex's label (附件：); '' where there is none. */
  num: string;
  /** The heading's words after the number, exactly as printed (第一章 is followed by 　总则); null without a heading. */
  heading: Inline[] | null;
  /** Blocks printed before the heading: the 文号 above the title in the preface. */
  lead: Block[];
  /** The clause's own blocks after its heading, before any nested clause. */
  blocks: Block[];
  children: ClauseNode[];
}

/** Top-level items in page order: clauses, and the body's lines that belong to no clause (附件：…). */
export type TopItem = { kind: 'clause'; node: ClauseNode } | { kind: 'block'; block: Block };

export class ModelError extends Error {
  override name = 'ModelError';
}

const isElement = (node: ChildNode): node is Element => defaultTreeAdapter.isElementNode(node);
const attr = (node: Element, name: string): string | undefined => node.attrs.find((a) => a.name === name)?.value;
const hasClass = (node: Element, name: string): boolean => (attr(node, 'class') ?? '').split(/\s+/).includes(name);
/** Printed numbers become <num>, and hidden captions are a screen reader's copy of the heading: neither is running text. */
const isSkipped = (node: Element): boolean => hasClass(node, 'num') || hasClass(node, 'sr-only');

function textOf(node: ChildNode): string {
  if (defaultTreeAdapter.isTextNode(node)) return node.value;
  if (!isElement(node) || hasClass(node, 'sr-only')) return '';
  return node.childNodes.map(textOf).join('');
}

/** Text and links, flattened: <wbr> and any other inline markup carry no words of their own. */
function inlinesOf(nodes: readonly ChildNode[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (defaultTreeAdapter.isTextNode(node)) {
      const last = out.at(-1);
      if (last?.kind === 'text') last.text += node.value;
      else out.push({ kind: 'text', text: node.value });
    } else if (isElement(node) && !isSkipped(node)) {
      if (node.tagName === 'a') out.push({ kind: 'link', href: attr(node, 'href') ?? '', text: textOf(node) });
      else for (const inline of inlinesOf(node.childNodes)) pushInline(out, inline);
    }
  }
  return out;
}

function pushInline(out: Inline[], inline: Inline): void {
  const last = out.at(-1);
  if (inline.kind === 'text' && last?.kind === 'text') last.text += inline.text;
  else out.push(inline);
}

/** The printed number inside an element (a heading, or an item's first paragraph), if any. */
function numIn(node: Element): string | undefined {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    if (hasClass(child, 'num')) return textOf(child);
    const inner = numIn(child);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function elementsOf(node: { childNodes: ChildNode[] }, where: string): Element[] {
  for (const child of node.childNodes)
    if (defaultTreeAdapter.isTextNode(child) && child.value.trim() !== '')
      throw new ModelError(`${where}: text outside any paragraph ("${child.value.trim().slice(0, 20)}")`);
  return node.childNodes.filter(isElement);
}

function tableOf(table: Element, where: string): Table {
  let caption: string | null = null;
  const rows: TableCell[][] = [];
  const visit = (node: Element): void => {
    if (node.tagName === 'caption') caption = hasClass(node, 'sr-only') ? null : textOf(node).trim();
    else if (node.tagName === 'tr')
      rows.push(
        elementsOf(node, where).map((cell) => ({ header: cell.tagName === 'th', inlines: inlinesOf(cell.childNodes) })),
      );
    else elementsOf(node, where).forEach(visit);
  };
  elementsOf(table, where).forEach(visit);
  return { kind: 'table', caption, rows };
}

function blockOf(node: Element, where: string): Block {
  if (node.tagName === 'p')
    return { kind: 'p', inlines: inlinesOf(node.childNodes), className: attr(node, 'class') ?? null };
  if (node.tagName === 'table') return tableOf(node, where);
  // A table sits in its own scrolling box on the page.
  const table = hasClass(node, 'table-scroll') && elementsOf(node, where).find((child) => child.tagName === 'table');
  if (table) return tableOf(table, where);
  throw new ModelError(`${where}: <${node.tagName}> is neither a paragraph nor a table`);
}

/** Walks the page's HTML, matching every <section id> to its clause; `take` checks and consumes the clause. */
interface Walk {
  take: (id: string, parent: string | null) => Clause;
  where: string;
}

function clauseNode(section: Element, clause: Clause, walk: Walk): ClauseNode {
  const node: ClauseNode = { clause, num: '', heading: null, lead: [], blocks: [], children: [] };
  const where = `${walk.where} #${clause.id}`;
  for (const child of elementsOf(section, where)) {
    const id = attr(child, 'id');
    if (child.tagName === 'section' && id !== undefined) {
      node.children.push(clauseNode(child, walk.take(id, clause.id), walk));
    } else if (hasClass(child, 'annex-label')) {
      node.num = textOf(child).trim();
    } else if (/^h[1-6]$/.test(child.tagName)) {
      node.num ||= numIn(child) ?? '';
      node.heading = inlinesOf(child.childNodes);
    } else if (node.children.length > 0) {
      throw new ModelError(`${where}: a paragraph after its nested clauses has no clause of its own`);
    } else {
      node.num ||= numIn(child) ?? '';
      (node.heading === null ? node.lead : node.blocks).push(blockOf(child, where));
    }
  }
  if (node.heading === null) [node.lead, node.blocks] = [[], node.lead];
  if (clause.kind !== 'att' && node.num !== clause.num)
    throw new ModelError(`${where}: the page prints the number "${node.num}", the clause list has "${clause.num}"`);
  return node;
}

/** Hands out each clause once, checking that the page nests it where the clause list says. */
function clauseTaker(clauses: readonly Clause[], where: string): { take: Walk['take']; untaken: () => string[] } {
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  const taken = new Set<string>();
  const take = (id: string, parent: string | null): Clause => {
    const clause = byId.get(id);
    if (!clause) throw new ModelError(`${where}: the page has a section #${id} that is not a clause`);
    if (clause.parent !== parent) throw new ModelError(`${where}: #${id} sits in ${parent ?? 'the top level'}`);
    if (taken.has(id)) throw new ModelError(`${where}: #${id} appears twice`);
    taken.add(id);
    return clause;
  };
  return { take, untaken: () => clauses.filter((clause) => !taken.has(clause.id)).map((clause) => clause.id) };
}

/** The variant's document as a tree of clauses and blocks; `where` names it in errors (e.g. ndrc-2007-2897 zh-hans). */
export function documentModel(variant: Pick<DocumentVariant, 'html' | 'clauses'>, where: string): TopItem[] {
  const { take, untaken } = clauseTaker(variant.clauses, where);
  const walk: Walk = { take, where };
  const items = elementsOf(parseFragment(variant.html), where).map((node): TopItem => {
    const id = attr(node, 'id');
    if (node.tagName === 'section' && id !== undefined)
      return { kind: 'clause', node: clauseNode(node, take(id, null), walk) };
    return { kind: 'block', block: blockOf(node, where) };
  });
  const missing = untaken();
  if (missing.length > 0) throw new ModelError(`${where}: clauses not on the page: ${missing.join(', ')}`);
  return items;
}

/** The words of inline content, as printed. */
export const inlineText = (inlines: readonly Inline[]): string => inlines.map((inline) => inline.text).join('');
