/**
 * Citations in standard formats (GB/T 7714—2025, CSL-JSON, BibTeX), as the browser receives them: strings
 * written at build time by lib/build/citation/, with two blanks the build cannot fill. Client-safe and
 * engine-free: the browser picks a prebuilt string and fills the blanks, nothing more.
 *
 * - %URL%: the address the 复制链接 button copies (SITE_URL, or the origin the page is served from when
 *   the build had none), so a citation and a copied link never disagree.
 * - %ACCESSED% / %ACCESSED_PARTS%: the 引用日期 (GB/T 7714—2025 §7.6), `urldate` and CSL `accessed`. It is
 *   the day the reader copies, on the reader's own calendar: a date fixed at build time would be wrong for
 *   every reader after the first.
 */
import { ancestors } from './clauses.ts';
import type { CitableClause } from './citation.ts';

/** The strings of one document in one script, with blanks. */
export interface CitationTemplates {
  /** GB/T 7714 reference of the whole document. */
  gbt: string;
  /** GB/T 7714 reference of each annex, as a contribution (析出文献) to the notice; index n-1 is att_n. */
  gbtAnnexes: string[];
  /** One CSL-JSON item (an object, pretty-printed), for Zotero, citeproc and pandoc. */
  csl: string;
  /** One BibTeX entry (@misc, biblatex-readable fields). */
  bibtex: string;
}

/** What the menu offers, in order. */
export const CITE_FORMATS = ['chinese', 'gbt-clause', 'gbt-document', 'csl', 'bibtex'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** A blank, and the full stop that may follow it (GB/T 7714 ends an entry with one, after a URL too). */
const BLANK = /%(URL|ACCESSED|ACCESSED_PARTS)%(\.?)/g;

/** A date as GB/T 7714 writes it (YYYY-MM-DD, §7.5.4.2 and §7.6), on the reader's calendar. */
export function isoDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Fills a template's blanks in one pass, so a URL that itself holds a % sequence is never read as a blank.
 * A URL that ends in "." takes the place of the entry's closing one: a period is never doubled.
 * `accessed` is YYYY-MM-DD.
 */
export function fillTemplate(template: string, url: string, accessed: string): string {
  const [y, m, d] = accessed.split('-').map(Number);
  const parts = `${y}, ${m}, ${d}`;
  return template.replace(BLANK, (_, name: string, stop: string) => {
    if (name === 'URL') return url.endsWith('.') ? url : `${url}${stop}`;
    return `${name === 'ACCESSED' ? accessed : parts}${stop}`;
  });
}

/**
 * The GB/T 7714 template for a clause: its annex's (a clause inside att_N is part of that titled work),
 * else the document's. The clause's own place is its URL's #id; see README (Citations) for why the
 * reference itself names no 部分 or 项.
 */
export function gbtTemplateFor(
  templates: CitationTemplates,
  clauses: readonly Pick<CitableClause, 'id' | 'parent' | 'kind' | 'ordinal'>[],
  id: string,
): string {
  const self = clauses.find((clause) => clause.id === id);
  const top = self ? (ancestors(clauses, id)[0] ?? self) : undefined;
  if (top?.kind !== 'att' || top.ordinal === null) return templates.gbt;
  return templates.gbtAnnexes[top.ordinal - 1] ?? templates.gbt;
}
