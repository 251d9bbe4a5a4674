/**
 * Types shared by build-time and client code. Nothing here imports a build-time module,
 * so client components may import it freely.
 */

/** The two scripts the portal publishes; also the first URL segment. */
export const SCRIPTS = ['zh-hans', 'zh-hant'] as const;
export type Script = (typeof SCRIPTS)[number];

/**
 * What a clause is. Most kinds are the Akoma Ntoso abbreviation their eIds use; two pairs share an
 * element and differ in how Chinese cites them (README, ids):
 * - sec: a part 一、 of a notice; section: a 节 of a 章 (both AKN section, eId sec_N);
 * - point: an item （一） (项); subpoint: a 目 1． inside one (both AKN point, eId point_N).
 * book 编, chp 章, art 条, para 款 or paragraph, intro a lead-in, att an annex.
 */
export const CLAUSE_KINDS = [
  'preface',
  'preamble',
  'para',
  'conclusions',
  'att',
  'sec',
  'intro',
  'wrapup',
  'point',
  'book',
  'chp',
  'section',
  'art',
  'subpoint',
] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

/** One addressable unit of a document, as the pipeline emits it (one list per script). */
export interface Clause {
  /** Akoma Ntoso eId, e.g. att_1__sec_2__point_3; identical in both scripts. */
  id: string;
  kind: ClauseKind;
  /** The number as a value (二、 → 2, （三） → 3, 附件2 → 2); null where the clause has none. */
  ordinal: number | null;
  /** The number as printed: 一、 / （三） / 附件; empty where the clause has none. */
  num: string;
  /** Whether the clause has a heading of its own (an article's is its number): the navigator lists it, and it gets a page. */
  hasHeading: boolean;
  /** The heading without its number and trailing 。; empty where the clause has none. */
  heading: string;
  /** The clause's own text in this script, without its heading and without nested clauses. */
  text: string;
  /** Whether the clause gets its own copy buttons (the pipeline's data-citable). */
  citable: boolean;
  /** The id of the enclosing clause, or null at the top. */
  parent: string | null;
  /** Nesting depth: 0 for top-level clauses. */
  depth: number;
  /** The clause's section as its own page shows it (its first heading promoted to h1), nested clauses included, in this script. */
  html: string;
}

/** One navigator entry: the notice, each attachment, part and item. */
export interface TocEntry {
  id: string;
  kind: ClauseKind;
  num: string;
  heading: string;
  children: TocEntry[];
}
