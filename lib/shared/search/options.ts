/**
 * Search options shared by the build (lib/build/search-data writes the files) and the browser
 * (lib/shared/search reads them, app/_client/search fetches them). Free of dependencies, so the
 * search box can import it without pulling anything into the page bundle.
 */
import type { Script } from '../types.ts';

/** What the box searches: the document being read (本文件), or every document (全部文件). */
export const SCOPES = ['document', 'portal'] as const;
export type Scope = (typeof SCOPES)[number];

/** Bumped whenever a file format changes, so a cached old file is never misread. */
export const SEARCH_FORMAT = 3;

/** One document's clause table in one script: the 本文件 scope, and the text portal results are checked against. */
export function documentSearchPath(docId: string, script: Script): string {
  return `/search/doc/${docId}/${script}.json`;
}

/** The folding table of the whole corpus: the portal index's terms are folded with it. */
export const FOLD_TABLE_PATH = '/search/fold.json';

/** The portal index's manifest: shard counts and the document ids its postings number. */
export const PORTAL_MANIFEST_PATH = '/search/portal/docs.json';

/** A shard of the portal index: bigram shards serve most queries, single-character ones one-character queries. */
export function portalShardPath(kind: 'bigram' | 'single', shard: number): string {
  return `/search/portal/${kind === 'bigram' ? 'b' : 's'}${shard}.json`;
}

/** At most this many results are rendered; the status line still reports the full count. */
export const MAX_RESULTS = 20;

/** Snippet window around the first match, in characters. */
export const SNIPPET_BEFORE = 18;
export const SNIPPET_LENGTH = 84;

/**
 * Ranking weights. A match in a document's own number (文号) comes first; a heading that holds every
 * term outranks any body match; the exact phrase (terms adjacent, as typed without spaces) outranks
 * terms merely all present; more occurrences break ties; document order breaks the rest.
 */
export const WEIGHT = { docNumber: 1000, heading: 100, phrase: 10, occurrence: 1, maxOccurrences: 9 } as const;

/** How many candidate documents the portal search checks at a time before it shows what it found. */
export const PORTAL_BATCH = 4;
