/** The sitemap index: split into files within the protocol's limits, every URL once, with its alternates. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../../lib/build/env.ts';
import { sitemaps, sitePages, type SitePage } from '../../../lib/build/sitemap.ts';
import { corpusEntries } from '../../../lib/build/corpus/index.ts';

const fakePages = (count: number): SitePage[] =>
  Array.from({ length: count }, (_, i) => {
    const paths = { 'zh-hans': `/zh-hans/doc-${i}/`, 'zh-hant': `/zh-hant/doc-${i}/` };
    return { path: paths['zh-hans'], twins: { paths, xDefault: paths['zh-hans'] } };
  });

const locs = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');

describe('sitemaps', () => {
  it('splits 25,000 pages into an index of 3 files of at most 10,000 URLs, each URL once', () => {
    const pages = fakePages(25_000);
    const { index, files } = sitemaps(pages);
    expect(files.map((file) => file.name)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(index.name).toBe('sitemap.xml');
    expect(index.xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns=/);
    expect(locs(index.xml)).toEqual(files.map((file) => absoluteUrl(`/${file.name}`)));
    const counts = files.map((file) => locs(file.xml).length);
    expect(counts).toEqual([10_000, 10_000, 5_000]);
    const all = files.flatMap((file) => locs(file.xml));
    expect(new Set(all).size).toBe(25_000);
    expect(all.sort()).toEqual(pages.map((page) => absoluteUrl(page.path)).sort());
    for (const file of files) expect(Buffer.byteLength(file.xml)).toBeLessThan(50 * 1024 * 1024);
  });

  it('gives every URL its hreflang alternates', () => {
    const { files } = sitemaps(fakePages(3));
    const [file] = files;
    expect(file?.xml).toContain(
      `<url>\n<loc>${absoluteUrl('/zh-hans/doc-1/')}</loc>\n` +
        `<xhtml:link rel="alternate" hreflang="zh-Hans" href="${absoluteUrl('/zh-hans/doc-1/')}"/>\n` +
        `<xhtml:link rel="alternate" hreflang="zh-Hant" href="${absoluteUrl('/zh-hant/doc-1/')}"/>\n` +
        `<xhtml:link rel="alternate" hreflang="x-default" href="${absoluteUrl('/zh-hans/doc-1/')}"/>\n</url>`,
    );
  });

  it('makes one file when the pages fit, and escapes what XML must', () => {
    const pages: SitePage[] = [{ path: '/?a&b', twins: { paths: { 'zh-hans': '/', 'zh-hant': '/' }, xDefault: '/' } }];
    const { files } = sitemaps(pages);
    expect(files).toHaveLength(1);
    expect(files[0]?.xml).toContain('/?a&amp;b</loc>');
  });

  it('lists the listings of the corpus with its documents, each path once', () => {
    const paths = sitePages(corpusEntries()).map((page) => page.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of [
      '/',
      '/zh-hans/documents/',
      '/zh-hant/years/',
      '/zh-hans/types/notice/',
      '/zh-hant/years/2007/',
    ])
      expect(paths).toContain(path);
  });
});
