import type { MetadataRoute } from 'next';
import { corpusEntries } from '@/lib/build/corpus';
import { absoluteUrl } from '@/lib/build/env';
import { hreflangAlternates } from '@/lib/build/pages/metadata';
import { sitePages } from '@/lib/build/sitemap';

// A static export has no server: the sitemap is written once, at build time.
export const dynamic = 'force-static';

/** sitemap.xml: every page, each with its hreflang twins as xhtml:link alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages(corpusEntries()).map((page) => ({
    url: absoluteUrl(page.path),
    alternates: { languages: hreflangAlternates(page.twins) },
  }));
}
