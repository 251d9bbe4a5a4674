/**
 * Which clauses get a page of their own, and what such a page shows around the clause: its trail
 * of ancestors, its neighbours, its title and its description. Pure functions over the pipeline's
 * clause list, so the pages, the sitemap and the tests all agree on the same answer.
 */
import { ancestors, numberedHeading } from '../../shared/clauses.ts';
import type { Clause } from '../../shared/types.ts';

/**
 * Every clause with a heading of its own gets a page: parts and items of a notice, 编、章、节 and 条 of a
 * regulation. Paragraphs and 项 stay anchors on their page; the notice and its annexes are the document page.
 */
export function isPaged(clause: Pick<Clause, 'kind' | 'hasHeading'>): boolean {
  return clause.hasHeading && clause.kind !== 'preface' && clause.kind !== 'att';
}

/** The clauses that have their own page, in reading order. */
export function pagedClauses(clauses: readonly Clause[]): Clause[] {
  return clauses.filter(isPaged);
}

/** The paged clauses before and after this one in reading order, if any. */
export function neighbours(clauses: readonly Clause[], clause: Clause): { previous?: Clause; next?: Clause } {
  const paged = pagedClauses(clauses);
  const at = paged.findIndex((c) => c.id === clause.id);
  return { previous: at > 0 ? paged[at - 1] : undefined, next: at >= 0 ? paged[at + 1] : undefined };
}

/** A breadcrumb step's name: the annex is just 附件 there, the trail already names the document. */
export function crumbLabel(clause: Clause): string {
  return clause.kind === 'att' && clause.num ? clause.num : numberedHeading(clause);
}

/**
 * A clause label that stays unambiguous out of context: items restart their numbering in every
 * part, so an item carries its part's number too (二（三）…), as Chinese citations write it.
 */
export function qualifiedLabel(clauses: readonly Clause[], clause: Clause): string {
  const part = clause.kind === 'point' ? ancestors(clauses, clause.id).findLast((c) => c.kind === 'sec') : undefined;
  return part ? `${part.num.replace(/、$/, '')}${numberedHeading(clause)}` : numberedHeading(clause);
}

/** Regulation clauses whose text is all in what they hold: 编、章、节, and an article made of 款 or 项. */
const HOLDERS: ReadonlySet<Clause['kind']> = new Set(['book', 'chp', 'section', 'art', 'para']);

/** The text of everything a clause holds, in reading order, each piece led by its number as the page prints it. */
function heldText(clauses: readonly Clause[], clause: Clause): string {
  return clauses
    .filter((c) => c.id !== clause.id && ancestors(clauses, c.id).some((a) => a.id === clause.id))
    .map((c) => `${c.hasHeading ? numberedHeading(c) : c.num}${c.text}`)
    .join('');
}

/**
 * The text a search result or link preview quotes for this clause, from the clause's own words: its
 * own text; else, for a regulation's 章 or 条, the text it holds; else, for a part, its lead paragraphs
 * (intro or paragraphs); else the headings of its items, which is what a part made only of items says.
 */
export function leadText(clauses: readonly Clause[], clause: Clause): string {
  if (clause.text) return clause.text;
  if (HOLDERS.has(clause.kind)) return heldText(clauses, clause);
  const children = clauses.filter((c) => c.parent === clause.id);
  const lead = children.filter((c) => c.kind !== 'point' && c.kind !== 'sec' && c.text).map((c) => c.text);
  if (lead.length > 0) return lead.join('\n');
  return children.map(numberedHeading).filter(Boolean).join('；');
}

/**
 * Shortens text for a meta description at a natural stop. Search engines show about 80–120
 * Chinese characters of a snippet. It ends at the last full sentence when that keeps at least half
 * the room, else at the last pause (；，、：) with an ellipsis, so the quote never stops mid-phrase.
 */
export function summarize(text: string, max = 110): string {
  // Paragraph breaks join without a space (Chinese sets none between sentences); other runs collapse.
  const flat = text
    .replace(/\s*\n\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max);
  const lastOf = (marks: RegExp): number => Math.max(-1, ...[...head.matchAll(marks)].map((m) => m.index));
  const sentence = lastOf(/[。！？]/g);
  if (sentence >= max / 2) return head.slice(0, sentence + 1);
  const pause = lastOf(/[；，、：]/g);
  return `${head.slice(0, pause >= max / 2 ? pause : max)}……`;
}

/**
 * The short title of an official document, as the notice itself cites its annex: the issuing
 * organ before 关于/關於 is dropped (国家发展改革委关于促进… → 关于促进…).
 */
export function shortTitle(title: string): string {
  const at = title.search(/关于|關於/);
  return at > 0 ? title.slice(at) : title;
}
