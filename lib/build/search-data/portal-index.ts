/**
 * The portal-wide index: FlexSearch indexes of folded bigrams (and single characters), one exported
 * index per fixed shard of the term space, so a query fetches only the shards its terms fall into.
 * A posting is a document (its number in `docs`), not a clause: lists stay short, and the browser
 * verifies each candidate document with the exact engine on that document's own search file.
 */
import { Index } from 'flexsearch';
import { SEARCH_FORMAT } from '../../shared/search/options.ts';
import type { PortalManifestFile } from '../../shared/search/schema.ts';
import { createPortalTerms, shardOf } from '../../shared/search/portal/terms.ts';
import type { LoadedDocument } from '../corpus/index.ts';

/** About this many postings a shard: a few KB gzip each, so a query of a few terms stays small. */
const POSTINGS_PER_SHARD = 6000;
const MAX_SHARDS = 4096;

/** A shard's FlexSearch export: key → data, as Index.export hands them out and Index.import takes them. */
export type ShardFile = Record<string, string>;

export interface PortalIndex {
  manifest: PortalManifestFile;
  bigramShards: ShardFile[];
  singleShards: ShardFile[];
}

/** Everything a document says, in both scripts: 文号 and title first, so they score as the best positions. */
function documentText(doc: LoadedDocument): string {
  return (['zh-hans', 'zh-hant'] as const)
    .flatMap((script) => {
      const { meta, clauses } = doc.variants[script];
      return [meta.docNumber ?? '', meta.title, ...clauses.map((c) => `${c.num}${c.heading}\n${c.text}`)];
    })
    .join('\n');
}

/** Terms in order of first appearance (FlexSearch ranks a document by where a term first occurs). */
const firstOccurrences = (terms: readonly string[]): string[] => [...new Set(terms)];

/** The smallest power of two that keeps shards near POSTINGS_PER_SHARD. */
function shardCount(postings: number): number {
  let count = 1;
  while (count < MAX_SHARDS && postings / count > POSTINGS_PER_SHARD) count *= 2;
  return count;
}

/** Index entries are the shard's terms joined by spaces: the terms are encoded once, per document. */
const newShard = (): Index => new Index({ tokenize: 'strict', encode: (text: string) => text.split(' ') });

/** Builds `count` shards from each document's terms (`terms[n]` for document n). */
async function buildShards(terms: readonly string[][], count: number): Promise<ShardFile[]> {
  const shards = Array.from({ length: count }, newShard);
  terms.forEach((docTerms, n) => {
    const byShard = new Map<number, string[]>();
    for (const term of docTerms) {
      const k = shardOf(term, count);
      const list = byShard.get(k);
      if (list) list.push(term);
      else byShard.set(k, [term]);
    }
    for (const [k, list] of byShard) shards[k]?.add(n, list.join(' '));
  });
  return Promise.all(
    shards.map(async (shard) => {
      const file: ShardFile = {};
      await shard.export((key: string, data: string) => {
        file[key] = data;
      });
      return file;
    }),
  );
}

export async function buildPortalIndex(docs: readonly LoadedDocument[], groups: string): Promise<PortalIndex> {
  const portal = createPortalTerms(groups);
  const texts = docs.map(documentText);
  const bigrams = texts.map((text) => firstOccurrences(portal.bigrams(text)));
  const singles = texts.map((text) => firstOccurrences(portal.singles(text)));
  const shards = shardCount(bigrams.reduce((n, terms) => n + terms.length, 0));
  const singleShards = shardCount(singles.reduce((n, terms) => n + terms.length, 0));
  return {
    manifest: { v: SEARCH_FORMAT, shards, singleShards, docs: docs.map((doc) => doc.id) },
    bigramShards: await buildShards(bigrams, shards),
    singleShards: await buildShards(singles, singleShards),
  };
}
