import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/build/env';

// A static export has no server: robots.txt is written once, at build time.
export const dynamic = 'force-static';

/** robots.txt: everything may be crawled; the sitemap lists every page. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
