/** Walks and labels over a clause list, shared by the build (pages, search data) and the browser (citations). */
import type { Clause } from './types.ts';

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

/** A clause's number as a label: 一、 and （一） carry their own punctuation; 附件 reads as a label (附件：). */
export function numberLabel(num: string): string {
  return num === '' || /[、）)：:]$/.test(num) ? num : `${num}：`;
}

/** Number and heading as one label, the way the navigator, page titles and search results show them. */
export function numberedHeading(clause: Pick<Clause, 'num' | 'heading'>): string {
  return clause.heading === '' ? clause.num : `${numberLabel(clause.num)}${clause.heading}`;
}
