/**
 * Portal-wide search: the query's folded bigrams select FlexSearch shards, whose intersection gives
 * candidate documents in FlexSearch's order; each candidate's own search file is then searched by the
 * exact engine, so every result is a real substring (电子商务 finds nothing though 电子, 子商 and 商务
 * each occur). Candidates are checked a few at a time, and results are reported as they are found.
 */
import { Index } from 'flexsearch/compact';
import { createSearcher, type Searcher, type SearchOutcome, type SearchResult } from '../engine.ts';
import { createFolder } from '../fold.ts';
import { MAX_RESULTS, PORTAL_BATCH } from '../options.ts';
import type { PortalManifestFile, PortalShardFile, SearchIndexFile } from '../schema.ts';
import { createPortalTerms, shardOf } from './terms.ts';

export type ShardKind = 'bigram' | 'single';

/** Where the portal search reads from: the browser fetches, the tests and the benchmark read files. */
export interface PortalSource {
  manifest: PortalManifestFile;
  shard: (kind: ShardKind, shard: number) => Promise<PortalShardFile>;
  document: (docId: string) => Promise<SearchIndexFile>;
}

export interface PortalOutcome extends SearchOutcome {
  /** Candidate documents not yet checked: the count is at least `total`. */
  more: boolean;
}

export type PortalSearch = (query: string, report: (outcome: PortalOutcome, done: boolean) => void) => Promise<void>;

interface Term {
  kind: ShardKind;
  term: string;
}

const newShard = (): Index => new Index({ tokenize: 'strict', encode: (text: string) => text.split(' ') });

/** The documents every term is in, best first: by the sum of their places in each term's list. */
function intersect(lists: readonly number[][]): number[] {
  const [first, ...rest] = lists.map((list) => new Map(list.map((doc, place) => [doc, place])));
  if (!first) return [];
  const scored: Array<[doc: number, sum: number]> = [];
  for (const [doc, place] of first) {
    let sum = place;
    for (const places of rest) sum += places.get(doc) ?? Number.NaN;
    if (!Number.isNaN(sum)) scored.push([doc, sum]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([doc]) => doc);
}

/** A document's results, led by the document's name and 文号, as a portal list shows them. */
function withDocument(file: SearchIndexFile, outcome: SearchOutcome): SearchResult[] {
  const doc = file.docs[0];
  const name = doc ? (doc.docNumber ? `${doc.short}（${doc.docNumber}）` : doc.short) : '';
  return outcome.results.map((result) => ({ ...result, path: [{ text: name, marks: [] }, ...result.path] }));
}

/** Loads kept for the session, by key. */
function cached<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const loads = new Map<string, Promise<T>>();
  return (key) => {
    let loading = loads.get(key);
    if (!loading) loads.set(key, (loading = load(key)));
    return loading;
  };
}

interface Loaders {
  shard: (kind: ShardKind, k: number) => Promise<Index>;
  document: (docId: string) => Promise<SearchIndexFile>;
  searcher: (docId: string) => Promise<Searcher>;
}

/** Each shard imported into a FlexSearch index once, each document's file fetched and prepared once. */
function loaders(source: PortalSource): Loaders {
  const shards = cached(async (key) => {
    const [kind, k] = key.split(':');
    const index = newShard();
    const file = await source.shard(kind === 'single' ? 'single' : 'bigram', Number(k));
    for (const [name, data] of Object.entries(file)) index.import(name, data);
    return index;
  });
  const document = cached((docId) => source.document(docId));
  const searcher = cached((docId) => document(docId).then(createSearcher));
  return { shard: (kind, k) => shards(`${kind}:${k}`), document, searcher };
}

/** The candidate documents for the terms: those every term's shard lists, best first. */
async function candidatesOf(terms: readonly Term[], manifest: PortalManifestFile, load: Loaders): Promise<string[]> {
  const count = (kind: ShardKind): number => (kind === 'bigram' ? manifest.shards : manifest.singleShards);
  const lists = await Promise.all(
    terms.map(async ({ kind, term }) => {
      const index = await load.shard(kind, shardOf(term, count(kind)));
      return index.search(term, { limit: manifest.docs.length }).map(Number);
    }),
  );
  return intersect(lists).flatMap((n) => manifest.docs[n] ?? []);
}

/**
 * Checks the candidates a batch at a time with the exact engine, reporting after each batch, until
 * enough results are in or every candidate is checked.
 */
async function verify(
  docs: readonly string[],
  query: string,
  load: Loaders,
  report: (outcome: Omit<PortalOutcome, 'terms'>, done: boolean) => void,
): Promise<void> {
  const found: SearchResult[] = [];
  let total = 0;
  for (let checked = 0; checked < docs.length && found.length < MAX_RESULTS;) {
    const batch = docs.slice(checked, (checked += PORTAL_BATCH));
    const files = await Promise.all(batch.map(load.document));
    const outcomes = await Promise.all(
      batch.map(async (docId) => (await load.searcher(docId)).search(query, MAX_RESULTS)),
    );
    outcomes.forEach((outcome, i) => {
      const file = files[i];
      total += outcome.total;
      if (file) found.push(...withDocument(file, outcome));
    });
    found.sort((a, b) => b.score - a.score);
    const more = checked < docs.length;
    report({ total, results: found.slice(0, MAX_RESULTS), more }, !more || found.length >= MAX_RESULTS);
  }
}

export function createPortalSearch(source: PortalSource, foldGroups: string): PortalSearch {
  const folder = createFolder(foldGroups);
  const portal = createPortalTerms(foldGroups);
  const load = loaders(source);
  const termsOf = (words: readonly string[]): Term[] =>
    words.flatMap((word): Term[] =>
      [...word].length > 1
        ? portal.bigrams(word).map((term) => ({ kind: 'bigram', term }))
        : portal.singles(word).map((term) => ({ kind: 'single', term })),
    );
  return async (query, report) => {
    const words = folder.terms(query);
    const terms = termsOf(words);
    const docs = terms.length === 0 ? [] : await candidatesOf(terms, source.manifest, load);
    if (docs.length === 0) return report({ terms: words, total: 0, results: [], more: false }, true);
    await verify(docs, query, load, (outcome, done) => report({ terms: words, ...outcome }, done));
  };
}
