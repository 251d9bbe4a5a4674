/**
 * Search options shared by the build (lib/search/build.ts writes the files) and the browser
 * (lib/search/engine.ts reads them, app/_client/search.ts fetches them). Client-safe and free of
 * dependencies, so the search box can import it without pulling anything into the page bundle.
 */
import type { Script } from '../types.ts';

/** Bumped whenever the file format changes, so a cached old file is never misread. */
export const SEARCH_FORMAT = 2;

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
