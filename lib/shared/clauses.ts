/** Walks and labels over a clause list, shared by the build (pages, search data) and the browser (citations). */
import type { Clause, ClauseKind } from './types.ts';

/** The clause's ancestors, outermost first (att_1, att_1__sec_2 for an item of part 二); throws on a broken chain. */
export function ancestors<T extends Pick<Clause, 'id' | 'parent'>>(clauses: readonly T[], id: string): T[] {
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  const self = byId.get(id);
  if (!self) throw new Error(`clauses: no clause "${id}"`);
  const chain: T[] = [];
  for (let parent = self.parent; parent !== null;) {
    const found = byId.get(parent);
    if (!found) throw new Error(`clauses: the parent "${parent}" of "${id}" is not in the list`);
    if (chain.includes(found)) throw new Error(`clauses: the parents of "${id}" form a cycle`);
    chain.unshift(found);
    parent = found.parent;
  }
  return chain;
}

/** Clauses whose number is a word of its own (第一章, 第五条): a space sets it off from the heading. */
const WORD_NUMBERS: ReadonlySet<ClauseKind> = new Set(['book', 'chp', 'section', 'art']);

/**
 * A clause's number as the label before its heading: 一、 and （一） carry their own punctuation, an
 * annex's 附件 reads as a label (附件：), 第一章 is set off by a full-width space.
 */
export function numberLabel(clause: Pick<Clause, 'kind' | 'num'>): string {
  if (clause.num === '') return '';
  if (clause.kind === 'att') return `${clause.num}：`;
  return WORD_NUMBERS.has(clause.kind) ? `${clause.num}　` : clause.num;
}

/** Number and heading as one label, the way the navigator, page titles and search results show them. */
export function numberedHeading(clause: Pick<Clause, 'kind' | 'num' | 'heading'>): string {
  return clause.heading === '' ? clause.num : `${numberLabel(clause)}${clause.heading}`;
}
