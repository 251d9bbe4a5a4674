/**
 * The portal-wide index's terms: folded character bigrams (and single characters, for one-character
 * queries), made by a FlexSearch Encoder whose mapper is the folding table, and the fixed shard each
 * term lives in. The build and the browser use this one module, so a query's terms are the index's.
 */
import { Encoder } from 'flexsearch/compact';

/** Fixed shard of a term: FNV-1a over its UTF-16 code units, modulo the shard count. */
export function shardOf(term: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** Consecutive pairs of characters, never across white space (a space or line ends a run). */
function bigrams(chars: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = `${chars[i] ?? ''}${chars[i + 1] ?? ''}`;
    if (!/\s/u.test(pair)) out.push(pair);
  }
  return out;
}

/** The folding table's groups ("产産產 污汙 …") as the Encoder's mapper: each variant to its canonical form. */
function foldMapper(groups: string): Map<string, string> {
  const mapper = new Map<string, string>();
  for (const group of groups.split(' ')) {
    const canonical = group.charAt(0);
    for (const variant of group.slice(1)) mapper.set(variant, canonical);
  }
  return mapper;
}

export interface PortalTerms {
  /** Bigrams of a text, in order, repeats kept (FlexSearch scores by position). */
  bigrams: (text: string) => string[];
  /** Single characters of a text, white space left out. */
  singles: (text: string) => string[];
}

/**
 * One character per split, each mapped through the folding table; Latin and full-width forms are
 * folded first (NFKC, lower case), as the exact engine folds them, so both agree on every character.
 */
export function createPortalTerms(groups: string): PortalTerms {
  const encoder = new Encoder({
    normalize: false,
    dedupe: false,
    numeric: false,
    split: '',
    prepare: (text: string) => text.normalize('NFKC').toLowerCase(),
    mapper: foldMapper(groups),
  });
  const chars = (text: string): string[] => encoder.encode(text);
  return {
    bigrams: (text) => bigrams(chars(text)),
    singles: (text) => chars(text).filter((char) => !/\s/u.test(char)),
  };
}
