/**
 * Schemas of the search files, shared by the build (which emits them) and the browser (which
 * validates what it fetched). zod/mini: the full zod build would triple the search chunk.
 */
import * as z from 'zod/mini';
import { SEARCH_FORMAT } from './options.ts';

/**
 * One clause as the browser receives it: the page script's display text, and the parent as an
 * index into the same list (-1 at the top), so the heading path needs no second lookup table.
 */
export const searchClauseSchema = z.object({
  /** Index into `docs`. */
  d: z.number(),
  id: z.string(),
  kind: z.string(),
  num: z.string(),
  heading: z.string(),
  text: z.string(),
  parent: z.number(),
});
export type SearchClause = z.infer<typeof searchClauseSchema>;

export const searchIndexSchema = z.object({
  v: z.literal(SEARCH_FORMAT),
  script: z.enum(['zh-hans', 'zh-hant']),
  docs: z.array(z.object({ id: z.string(), title: z.string() })),
  clauses: z.array(searchClauseSchema),
});
export type SearchIndexFile = z.infer<typeof searchIndexSchema>;

/**
 * The folding table: groups separated by spaces, each a canonical character followed by every
 * variant that folds to it, e.g. "产産產 污汙 涌湧 着著". Only BMP characters, so folding never
 * changes a string's length and match offsets in folded text are offsets in the display text.
 */
export const foldTableSchema = z.object({ v: z.literal(SEARCH_FORMAT), groups: z.string() });
export type FoldTableFile = z.infer<typeof foldTableSchema>;
