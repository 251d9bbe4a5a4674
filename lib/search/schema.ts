/**
 * Schemas of the search files, shared by the build (which emits them) and the browser (which
 * validates what it fetched). zod/mini: the full zod build would triple the search chunk.
 */
import { array, enum as zEnum, literal, number, object, string, type infer as Infer } from 'zod/mini';
import { SEARCH_FORMAT } from './options.ts';

/**
 * One clause as the browser receives it: the page script's display text, and the parent as an
 * index into the same list (-1 at the top), so the heading path needs no second lookup table.
 */
export const searchClauseSchema = object({
  /** Index into `docs`. */
  d: number(),
  id: string(),
  kind: string(),
  num: string(),
  heading: string(),
  text: string(),
  parent: number(),
});
export type SearchClause = Infer<typeof searchClauseSchema>;

export const searchIndexSchema = object({
  v: literal(SEARCH_FORMAT),
  script: zEnum(['zh-hans', 'zh-hant']),
  docs: array(object({ id: string(), title: string() })),
  clauses: array(searchClauseSchema),
});
export type SearchIndexFile = Infer<typeof searchIndexSchema>;

/**
 * The folding table: groups separated by spaces, each a canonical character followed by every
 * variant that folds to it, e.g. "产産產 污汙 涌湧 着著". Only BMP characters, so folding never
 * changes a string's length and match offsets in folded text are offsets in the display text.
 */
export const foldTableSchema = object({ v: literal(SEARCH_FORMAT), groups: string() });
export type FoldTableFile = Infer<typeof foldTableSchema>;
