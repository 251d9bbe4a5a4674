/** Build settings read from the environment. Build-only: the browser gets its origin from the page. */

/** The public origin written into canonical URLs, the sitemap and JSON-LD; default: where `npm start` serves. */
export const SITE_URL = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

/** SITE_URL as the build was given it, or null: copied links then use the origin the page is served from. */
export const CONFIGURED_SITE_URL: string | null = process.env.SITE_URL ? SITE_URL : null;

/** An absolute URL on this site. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}
