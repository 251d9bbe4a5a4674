/**
 * The one source of truth for how the export is served: the response headers, the cache policy, the
 * content types and the files no server may hand out. nginx's configuration (nginx.ts), `npm start`
 * (scripts/serve.ts) and the `_headers` file for CDNs and static hosts (static-host.ts) are generated from
 * here, and the tests compare what each server sends with these values, so the three cannot drift apart.
 *
 * Everything here is pure: the hashes of the pages' inline scripts and styles come in from
 * inline-hashes.ts, which reads them from the built pages.
 */

/** A response header as sent: name and value. */
export type Header = readonly [name: string, value: string];

/** CSP sources ('sha256-…') of the inline scripts and inline styles the pages carry. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * Fingerprinted folders: scripts/build-client.ts names /assets/ files by content hash, Next names
 * /_next/static/ files the same way. A changed file gets a new URL, so a copy never needs checking again.
 */
export const IMMUTABLE_PREFIXES = ['/assets/', '/_next/static/'] as const;

export const CACHE_CONTROL = {
  immutable: 'public, max-age=31536000, immutable, no-transform',
  // Pages and data files change at the same URL: caches may keep a copy but must ask first, and the
  // ETag / Last-Modified every server sends turns that question into a 304 without a body.
  revalidate: 'no-cache, no-transform',
} as const;

/** Cache-Control for a URL path. no-transform on every response: mobile transcoders must not rewrite the pages. */
export function cacheControl(urlPath: string): string {
  return IMMUTABLE_PREFIXES.some((prefix) => urlPath.startsWith(prefix))
    ? CACHE_CONTROL.immutable
    : CACHE_CONTROL.revalidate;
}

/**
 * The Content-Security-Policy: nothing is allowed unless listed. Scripts and styles come from this
 * origin or are the exact inline ones the build hashed; no unsafe-inline, no unsafe-eval.
 */
export function contentSecurityPolicy(hashes: InlineHashes): string {
  const directives: string[][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...hashes.scripts],
    ['style-src', "'self'", ...hashes.styles],
    ['img-src', "'self'", 'data:'],
    ['connect-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The headers every response carries, 404s and redirects included, in the order they are sent. */
export function securityHeaders(hashes: InlineHashes): Header[] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(hashes)],
    // Browsers ignore HSTS received over plain HTTP, so it is sent everywhere and takes effect on HTTPS.
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // Powerful features the portal never uses, so an injected frame or script cannot ask for them either.
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // frame-ancestors for browsers without CSP level 2, such as the IE mode of some Chinese browsers.
    ['X-Frame-Options', 'DENY'],
  ];
}

/** Every header the servers add to a response for `urlPath` (they add Content-Type, ETag and the like themselves). */
export function responseHeaders(hashes: InlineHashes, urlPath: string): Header[] {
  return [...securityHeaders(hashes), ['Cache-Control', cacheControl(urlPath)]];
}

/** Media types by file extension; the text types are sent with charset=utf-8. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain',
  // Open data and feeds (README, Open data): .akn and .md are in no default mime table.
  akn: 'application/akn+xml',
  atom: 'application/atom+xml',
  md: 'text/markdown',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  png: 'image/png',
  webmanifest: 'application/manifest+json',
};

/** Extensions whose files are text: sent with a charset, and compressed (at build time and on the fly). */
export const TEXT_EXTENSIONS = [
  'html',
  'css',
  'js',
  'json',
  'xml',
  'txt',
  'akn',
  'atom',
  'md',
  'svg',
  'webmanifest',
] as const;

/** The Content-Type header for a file name, or undefined for a type the site does not use. */
export function contentType(fileName: string): string | undefined {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  const type = CONTENT_TYPES[extension];
  if (type === undefined) return undefined;
  return TEXT_EXTENSIONS.some((text) => text === extension) ? `${type}; charset=utf-8` : type;
}

/**
 * Files in the export that are configuration for a host, not content: Netlify and Cloudflare Pages read
 * and never serve them, and every other server answers 404 for them too.
 */
export const HOST_FILES = ['/_headers', '/_redirects'] as const;

/** The page every unknown path gets, with status 404. */
export const NOT_FOUND_PAGE = '/404.html';
