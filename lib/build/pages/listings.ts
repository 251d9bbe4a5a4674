/**
 * The lists a reader browses: every document, and the documents of one year, one issuer or one 文种,
 * each newest first and paged. Built from the corpus manifest's entries (lib/build/corpus), never from
 * rendered documents, so a listing page costs the same whatever the documents hold. Build-time only.
 */
import crypto from 'node:crypto';
import type { CorpusEntry } from '../corpus/schema.ts';
import { DOCUMENT_TYPES, isDocumentType, type DocumentType } from '../content/schema.ts';
import { documentsPath, facetPath, type Facet } from '../../shared/routes.ts';
import type { Script } from '../../shared/types.ts';

/** Documents per listing page: a long list still fits the HTML budget, and a phone scrolls it in a few swipes. */
export const PAGE_SIZE = 50;

/**
 * The 文种's URL slugs, in English as official translations name them. They are URLs: add a slug
 * for a new 文种, never rename one.
 */
export const TYPE_SLUGS: Record<DocumentType, string> = {
  决议: 'resolution',
  决定: 'decision',
  命令: 'order',
  令: 'decree',
  公报: 'communique',
  公告: 'announcement',
  通告: 'circular',
  意见: 'opinions',
  通知: 'notice',
  通报: 'bulletin',
  报告: 'report',
  请示: 'request',
  批复: 'reply',
  议案: 'motion',
  函: 'letter',
  纪要: 'minutes',
  办法: 'measures',
  规定: 'provisions',
  细则: 'rules',
  条例: 'regulations',
};

/**
 * An issuer's slug: the first 8 hex digits of the SHA-256 of its simplified name (NFC). Names are free
 * text, so no table can list them; a hash is the same in both scripts, ASCII, short, and changes only
 * when the name does. Collisions are checked when the list is built.
 */
export function issuerSlug(name: string): string {
  return crypto.createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 8);
}

export function typeSlug(type: string): string {
  if (!isDocumentType(type)) throw new Error(`listings: "${type}" is not a 文种 of DOCUMENT_TYPES`);
  return TYPE_SLUGS[type];
}

/** The year a document is listed under: the year it was published, as the lists are ordered by that date. */
export const listedYear = (entry: Pick<CorpusEntry, 'datePublished'>): string => entry.datePublished.slice(0, 4);

/** A year as both scripts name it: 2007年. */
export const yearLabel = (year: string): string => `${year}年`;

/** One value of a facet (2007; an issuer; 通知) and its documents, newest first. */
export interface FacetValue {
  facet: Facet;
  slug: string;
  /** How each script names it: 2007年; the issuer as written in that script; 通知. */
  label: Record<Script, string>;
  entries: CorpusEntry[];
}

interface FacetSpec {
  /** The value's key, in simplified characters (both scripts group by it). */
  key: (entry: CorpusEntry) => string;
  slug: (key: string) => string;
  label: (entry: CorpusEntry, script: Script) => string;
  /** The order of the facet's index page. */
  compare: (a: FacetValue, b: FacetValue) => number;
}

/** Issuers by their pinyin, as a printed directory of government bodies orders them. */
const pinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
const typeOrder = (value: FacetValue): number => DOCUMENT_TYPES.findIndex((type) => TYPE_SLUGS[type] === value.slug);

const FACET_SPECS: Record<Facet, FacetSpec> = {
  years: {
    key: listedYear,
    slug: (key) => key,
    label: (entry) => yearLabel(listedYear(entry)),
    compare: (a, b) => b.slug.localeCompare(a.slug),
  },
  issuers: {
    key: (entry) => entry.variants['zh-hans'].issuer,
    slug: issuerSlug,
    label: (entry, script) => entry.variants[script].issuer,
    compare: (a, b) => pinyin.compare(a.label['zh-hans'], b.label['zh-hans']),
  },
  types: {
    key: (entry) => entry.variants['zh-hans'].type,
    slug: typeSlug,
    label: (entry, script) => entry.variants[script].type,
    compare: (a, b) => typeOrder(a) - typeOrder(b),
  },
};

/** The facet's values with their documents (in the entries' order, newest first), in the facet's order. */
export function facetValues(entries: readonly CorpusEntry[], facet: Facet): FacetValue[] {
  const spec = FACET_SPECS[facet];
  const byKey = new Map<string, FacetValue>();
  for (const entry of entries) {
    const key = spec.key(entry);
    const value = byKey.get(key);
    if (value) value.entries.push(entry);
    else {
      const label = { 'zh-hans': spec.label(entry, 'zh-hans'), 'zh-hant': spec.label(entry, 'zh-hant') };
      byKey.set(key, { facet, slug: spec.slug(key), label, entries: [entry] });
    }
  }
  const values = [...byKey.values()];
  const slugs = new Map<string, string>();
  for (const [key, value] of byKey) {
    const other = slugs.get(value.slug);
    if (other !== undefined) throw new Error(`listings: "${other}" and "${key}" have the same slug ${value.slug}`);
    slugs.set(value.slug, key);
  }
  return values.sort(spec.compare);
}

/** One facet value by its slug, or undefined. */
export function findFacetValue(entries: readonly CorpusEntry[], facet: Facet, slug: string): FacetValue | undefined {
  return facetValues(entries, facet).find((value) => value.slug === slug);
}

/** A list to page through: every document, or one facet value's documents. */
export type Listing =
  | { kind: 'documents'; entries: readonly CorpusEntry[] }
  | { kind: 'facet'; value: FacetValue; entries: readonly CorpusEntry[] };

export const allDocuments = (entries: readonly CorpusEntry[]): Listing => ({ kind: 'documents', entries });
export const facetListing = (value: FacetValue): Listing => ({ kind: 'facet', value, entries: value.entries });

export const pageCount = (listing: Listing): number => Math.max(1, Math.ceil(listing.entries.length / PAGE_SIZE));

/** The entries on page n (from 1). */
export const pageEntries = (listing: Listing, page: number): readonly CorpusEntry[] =>
  listing.entries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

export function listingPath(listing: Listing, script: Script, page = 1): string {
  return listing.kind === 'documents'
    ? documentsPath(script, page)
    : facetPath(script, listing.value.facet, listing.value.slug, page);
}

/** A page number from the URL, when the listing has that page; the first page has no number of its own. */
export function pageFromParam(listing: Listing, param: readonly string[] | undefined): number | undefined {
  if (param === undefined || param.length === 0) return 1;
  const [number] = param;
  if (param.length !== 1 || number === undefined || !/^[1-9]\d*$/.test(number)) return undefined;
  const page = Number(number);
  return page >= 2 && page <= pageCount(listing) ? page : undefined;
}

/** The optional catch-all params of every page of a listing: [] for the first, ['2'], ['3'] … after it. */
export function pageParams(listing: Listing): { page: string[] }[] {
  return Array.from({ length: pageCount(listing) }, (_, i) => ({ page: i === 0 ? [] : [String(i + 1)] }));
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of this one, with a gap
 * (null) where numbers are left out, so a list of hundreds of pages still has a short pager.
 */
export function pagerNumbers(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] ?? n) > 1 ? [null, n] : [n]));
}

/** Where a document's facet values list it: its year, issuer and 文种 pages in one script. */
export function documentFacetPaths(entry: CorpusEntry, script: Script): Record<Facet, string> {
  const hans = entry.variants['zh-hans'];
  return {
    years: facetPath(script, 'years', listedYear(entry)),
    issuers: facetPath(script, 'issuers', issuerSlug(hans.issuer)),
    types: facetPath(script, 'types', typeSlug(hans.type)),
  };
}
