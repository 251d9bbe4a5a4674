/**
 * Search options shared by the build (lib/search/build.ts writes the files) and the browser
 * (lib/search/engine.ts reads them). Client-safe: no Node or build-time imports.
 */
import * as z from 'zod/mini';
import type { Script } from '../types.ts';

/** Bumped whenever the file format changes, so a cached old file is never misread. */
export const SEARCH_FORMAT = 1;

/** Where the export serves each script's clause table (emitted by app/search/[file]/route.ts). */
export function searchIndexPath(script: Script): string {
  return `/search/${script}.json`;
}

/** The folding table is the same for both scripts, so switching script reuses the cached file. */
export const FOLD_TABLE_PATH = '/search/fold.json';

/** The file names app/search/[file]/route.ts emits. */
export const SEARCH_FILES = ['zh-hans.json', 'zh-hant.json', 'fold.json'] as const;

/** At most this many results are rendered; the status line still reports the full count. */
export const MAX_RESULTS = 20;

/** Snippet window around the first match, in characters. */
export const SNIPPET_BEFORE = 18;
export const SNIPPET_LENGTH = 84;

/**
 * Ranking weights. A heading that holds every term outranks any body match; the exact phrase
 * (terms adjacent, as typed without spaces) outranks terms that are merely all present; more
 * occurrences break ties; document order breaks the rest.
 */
export const WEIGHT = { heading: 100, phrase: 10, occurrence: 1, maxOccurrences: 9 } as const;

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
