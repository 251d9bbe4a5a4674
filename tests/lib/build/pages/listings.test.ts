/** Listings and facets from manifest entries: grouping, counts, order, slugs and paging. */
import { describe, expect, it } from 'vitest';
import type { CorpusEntry } from '../../../../lib/build/corpus/index.ts';
import { DOCUMENT_TYPES } from '../../../../lib/build/content/schema.ts';
import {
  allDocuments,
  facetListing,
  facetValues,
  issuerSlug,
  PAGE_SIZE,
  pageCount,
  pageEntries,
  pageFromParam,
  pagerNumbers,
  TYPE_SLUGS,
} from '../../../../lib/build/pages/listings.ts';

/** An entry as the manifest holds it; the traditional side is marked so tests can tell the scripts apart. */
function entry(id: string, datePublished: string, issuer: string, type: string): CorpusEntry {
  const listed = (mark: string) => ({ title: `${id}${mark}`, issuer: `${issuer}${mark}`, type: `${type}${mark}` });
  return {
    id,
    dateSigned: datePublished,
    datePublished,
    variants: { 'zh-hans': listed(''), 'zh-hant': listed('·') },
    pagedClauses: [],
  };
}

/** Newest first, as the manifest orders them. */
const ENTRIES = [
  entry('d', '2024-06-18', '示例市发展和改革委员会', '通知'),
  entry('c', '2024-01-10', '示例市人民政府', '令'),
  entry('b', '2019-05-01', '示例市发展和改革委员会', '办法'),
  entry('a', '2007-12-05', '中华人民共和国国家发展和改革委员会', '通知'),
];

describe('facets', () => {
  it('years: newest first, each with its documents newest first', () => {
    const years = facetValues(ENTRIES, 'years');
    expect(years.map((v) => [v.slug, v.label['zh-hans'], v.entries.map((e) => e.id)])).toEqual([
      ['2024', '2024年', ['d', 'c']],
      ['2019', '2019年', ['b']],
      ['2007', '2007年', ['a']],
    ]);
  });

  it('issuers: by pinyin, slugged by their simplified name, labelled in each script', () => {
    const issuers = facetValues(ENTRIES, 'issuers');
    expect(issuers.map((v) => v.label['zh-hans'])).toEqual([
      '示例市发展和改革委员会',
      '示例市人民政府',
      '中华人民共和国国家发展和改革委员会',
    ]);
    expect(issuers.map((v) => v.entries.length)).toEqual([2, 1, 1]);
    expect(issuers[0]?.label['zh-hant']).toBe('示例市发展和改革委员会·');
    expect(issuers[0]?.slug).toBe(issuerSlug('示例市发展和改革委员会'));
  });

  it('types: in the order of the 公文 list, with their English slugs', () => {
    expect(facetValues(ENTRIES, 'types').map((v) => [v.slug, v.entries.length])).toEqual([
      ['decree', 1],
      ['notice', 2],
      ['measures', 1],
    ]);
  });

  it('issuer slugs are stable: 8 hex digits of the SHA-256 of the name', () => {
    expect(issuerSlug('中华人民共和国国家发展和改革委员会')).toMatch(/^[0-9a-f]{8}$/);
    // Pinned: a changed scheme would break every issuer URL already published.
    expect(issuerSlug('示例市人民政府')).toBe('a8af0d78');
    expect(issuerSlug('示例市人民政府')).not.toBe(issuerSlug('示例市人民政府办公厅'));
  });

  it('every 文种 has its own slug, URL-safe', () => {
    const slugs = DOCUMENT_TYPES.map((type) => TYPE_SLUGS[type]);
    expect(new Set(slugs).size).toBe(DOCUMENT_TYPES.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});

describe('paging', () => {
  const many = Array.from({ length: 2 * PAGE_SIZE + 1 }, (_, i) =>
    entry(`doc-${i}`, '2020-01-01', '示例市人民政府', '通知'),
  );

  it('splits a list into pages of PAGE_SIZE, the last holding the rest', () => {
    const listing = allDocuments(many);
    expect(pageCount(listing)).toBe(3);
    expect(pageEntries(listing, 1)).toHaveLength(PAGE_SIZE);
    expect(pageEntries(listing, 3).map((e) => e.id)).toEqual([`doc-${2 * PAGE_SIZE}`]);
    expect(pageCount(allDocuments([]))).toBe(1);
    const [value] = facetValues(many, 'years');
    if (!value) throw new Error('no year');
    expect(pageCount(facetListing(value))).toBe(3);
  });

  it('reads a page number from the URL only when the list has that page, and never page 1 by number', () => {
    const listing = allDocuments(many);
    expect(pageFromParam(listing, undefined)).toBe(1);
    expect(pageFromParam(listing, [])).toBe(1);
    expect(pageFromParam(listing, ['2'])).toBe(2);
    expect(pageFromParam(listing, ['3'])).toBe(3);
    for (const bad of [['1'], ['4'], ['02'], ['x'], ['2', '3']]) expect(pageFromParam(listing, bad)).toBeUndefined();
  });

  it('shows the first, the last and two pages either side of this one, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerNumbers(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pagerNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pagerNumbers(20, 20)).toEqual([1, null, 18, 19, 20]);
  });
});
