/**
 * FlexSearch shards against a plain posting-list format of the same shards (each term → its documents,
 * sorted and delta-encoded, as JSON): bytes a query fetches (gzip) and the time to load and intersect.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Index } from 'flexsearch';
import { createPortalTerms, shardOf } from '../../lib/shared/search/portal/terms.ts';
import { parsePortalManifest, parsePortalShard, type PortalShardFile } from '../../lib/shared/search/schema.ts';

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

/** A FlexSearch export's postings: term → document numbers (its "map" entries, all score slots). */
function postings(shard: PortalShardFile): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [key, data] of Object.entries(shard)) {
    if (!key.endsWith('map')) continue;
    const entries: unknown = JSON.parse(data);
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) continue;
      const ids = entry[1].flatMap((slot: unknown) =>
        Array.isArray(slot) ? slot.filter((id) => typeof id === 'number') : [],
      );
      out.set(entry[0], ids);
    }
  }
  return out;
}

/** The plain format of a shard: each term's sorted document numbers, delta-encoded. */
function plain(shard: PortalShardFile): string {
  const terms: Record<string, number[]> = {};
  for (const [term, ids] of postings(shard)) {
    const sorted = [...ids].sort((a, b) => a - b);
    terms[term] = sorted.map((id, i) => id - (sorted[i - 1] ?? 0));
  }
  return JSON.stringify(terms);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export interface FormatFigures {
  query: string;
  shards: number;
  flexGzip: number;
  plainGzip: number;
  flexMs: number;
  plainMs: number;
}

/** Both formats for one query's bigram shards, read from an export's out/search/. */
export function compareFormats(searchDir: string, query: string): FormatFigures {
  const manifest = parsePortalManifest(readJson(path.join(searchDir, 'portal', 'docs.json')));
  const fold = readJson(path.join(searchDir, 'fold.json'));
  const groups =
    typeof fold === 'object' && fold !== null && 'groups' in fold && typeof fold.groups === 'string' ? fold.groups : '';
  const terms = createPortalTerms(groups).bigrams(query);
  const shardIds = [...new Set(terms.map((term) => shardOf(term, manifest.shards)))];
  const raw = shardIds.map((k) => fs.readFileSync(path.join(searchDir, 'portal', `b${k}.json`), 'utf8'));
  const files = raw.map((text, i) => parsePortalShard(JSON.parse(text), `b${shardIds[i]}`));
  const plains = files.map(plain);
  const gzip = (texts: string[]): number => texts.reduce((n, text) => n + zlib.gzipSync(text).length, 0);
  const time = (run: () => void): number =>
    median(
      Array.from({ length: 15 }, () => {
        const start = performance.now();
        run();
        return performance.now() - start;
      }),
    );
  const flexMs = time(() => {
    const indexes = raw.map((text) => {
      const index = new Index({ tokenize: 'strict', encode: (t: string) => t.split(' ') });
      for (const [key, data] of Object.entries(parsePortalShard(JSON.parse(text), 'b'))) index.import(key, data);
      return index;
    });
    const lists = terms.map(
      (term) => indexes[shardIds.indexOf(shardOf(term, manifest.shards))]?.search(term, { limit: 100000 }) ?? [],
    );
    const [first, ...rest] = lists.map((list) => new Set(list));
    [...(first ?? [])].filter((id) => rest.every((set) => set.has(id)));
  });
  const plainMs = time(() => {
    const maps = plains.map((text): Record<string, number[]> => JSON.parse(text));
    const lists = terms.map((term) => {
      let at = 0;
      return (maps[shardIds.indexOf(shardOf(term, manifest.shards))]?.[term] ?? []).map((delta) => (at += delta));
    });
    const [first, ...rest] = lists.map((list) => new Set(list));
    [...(first ?? [])].filter((id) => rest.every((set) => set.has(id)));
  });
  return { query, shards: shardIds.length, flexGzip: gzip(raw), plainGzip: gzip(plains), flexMs, plainMs };
}
