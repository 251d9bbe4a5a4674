/**
 * Every indexable page of the site with its twins in both scripts, and the sitemap files that list
 * them: a sitemap index at /sitemap.xml naming /sitemap-1.xml, /sitemap-2.xml …, each within the
 * protocol's limits (50,000 URLs, 50 MB). Build-only; scripts/write-sitemaps.ts writes them into out/.
 */
import type { CorpusEntry } from './corpus/schema.ts';
import { absoluteUrl } from './env.ts';
import { allDocuments, facetListing, facetValues, listingPath, pageCount, type Listing } from './pages/listings.ts';
import { hreflangAlternates, HOME_PATH, twins, type PageTwins } from './pages/metadata.ts';
import { FACETS, facetIndexPath } from '../shared/routes.ts';
import { SCRIPTS, type Script } from '../shared/types.ts';

export interface SitePage {
  path: string;
  twins: PageTwins;
}

/** Every page of a listing, in one script. */
function listingPages(listing: Listing, script: Script): SitePage[] {
  return Array.from({ length: pageCount(listing) }, (_, i) => {
    const listingTwins = twins.listing((s) => listingPath(listing, s, i + 1));
    return { path: listingTwins.paths[script], twins: listingTwins };
  });
}

/** The lists of one script: all documents, and each facet's index and values. */
function browsePages(docs: readonly CorpusEntry[], script: Script): SitePage[] {
  const pages = listingPages(allDocuments(docs), script);
  for (const facet of FACETS) {
    const indexTwins = twins.listing((s) => facetIndexPath(s, facet));
    pages.push({ path: indexTwins.paths[script], twins: indexTwins });
    for (const value of facetValues(docs, facet)) pages.push(...listingPages(facetListing(value), script));
  }
  return pages;
}

/** The bilingual home, then per script its home, its lists, each document and each paged clause. */
export function sitePages(docs: readonly CorpusEntry[]): SitePage[] {
  const home = twins.home();
  const pages: SitePage[] = [{ path: HOME_PATH, twins: home }];
  for (const script of SCRIPTS) {
    pages.push({ path: home.paths[script], twins: home });
    pages.push(...browsePages(docs, script));
    for (const doc of docs) {
      const docTwins = twins.document(doc.id);
      pages.push({ path: docTwins.paths[script], twins: docTwins });
      for (const clauseId of doc.pagedClauses) {
        const clauseTwins = twins.clause(doc.id, clauseId);
        pages.push({ path: clauseTwins.paths[script], twins: clauseTwins });
      }
    }
  }
  return pages;
}

/**
 * URLs per sitemap file: a fifth of the protocol's 50,000, so a file stays a few MB (each URL carries
 * three alternates) and a crawler can fetch one quickly.
 */
export const URLS_PER_SITEMAP = 10_000;
/** The protocol's limit on a sitemap file, uncompressed. */
const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function urlEntry(page: SitePage): string {
  const links = Object.entries(hreflangAlternates(page.twins)).map(
    ([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`,
  );
  return `<url>\n<loc>${escapeXml(absoluteUrl(page.path))}</loc>\n${links.join('\n')}\n</url>`;
}

function urlset(pages: readonly SitePage[]): string {
  const head = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml">`;
  return `${head}\n${pages.map(urlEntry).join('\n')}\n</urlset>\n`;
}

export interface SitemapFile {
  /** The file's name at the site's root (a sitemap may list only URLs at or below its own folder). */
  name: string;
  xml: string;
}

/** The sitemap files for these pages, at most `perFile` URLs each, and the index that names them. */
export function sitemaps(
  pages: readonly SitePage[],
  perFile: number = URLS_PER_SITEMAP,
): { index: SitemapFile; files: SitemapFile[] } {
  const files: SitemapFile[] = [];
  for (let start = 0; start < pages.length; start += perFile) {
    const file = { name: `sitemap-${files.length + 1}.xml`, xml: urlset(pages.slice(start, start + perFile)) };
    if (Buffer.byteLength(file.xml) > MAX_SITEMAP_BYTES) throw new Error(`${file.name} is over 50 MB`);
    files.push(file);
  }
  const entries = files.map((file) => `<sitemap>\n<loc>${escapeXml(absoluteUrl(`/${file.name}`))}</loc>\n</sitemap>`);
  const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.join('\n')}\n</sitemapindex>\n`;
  return { index: { name: 'sitemap.xml', xml: index }, files };
}
