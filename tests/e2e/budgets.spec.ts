import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Request } from '@playwright/test';
import { SCRIPTS } from '../../lib/shared/types';
import { documentUrl } from '../helpers/content';
import { htmlFiles, OUT_DIR, pagesOfKind, type SitePage } from './site-pages';

/**
 * Performance budgets for a first visit (empty cache) to a document page or a clause page, in
 * gzip bytes: what a reader on a slow phone connection actually waits for. Sizes are gzip -6 of
 * each response body (what static hosts send by default), so they do not depend on the test server.
 */
const KB = 1024;
const BUDGET = {
  // The stylesheet is inside the HTML (scripts/inline-css.ts), so the HTML is everything a first visit
  // waits for before the text paints: one round trip. The old separate limits (HTML 14 KB, CSS 8 KB,
  // in two round trips) together allowed more; brotli, which nginx sends every current browser, keeps
  // the document page within TCP's first window of about 14.6 KB.
  html: 20 * KB,
  // The inline stylesheet is repeated in every page and read before anything paints: it must stay small.
  inlineCss: 6 * KB,
  // No stylesheet requests: a linked stylesheet would bring back the second render-blocking round trip.
  css: 0,
  // No framework runtime reaches the browser (scripts/strip-runtime.ts): a first visit loads one
  // module, /assets/site-<hash>.js (reader + search box behaviour). With the Next.js/React runtime, its
  // evaluation and hydration cost long tasks on a throttled phone. 10 KB leaves room for small features,
  // and fails at once if a runtime or a library comes back. The search engine is lazy (see below), so
  // this is not a budget for it.
  js: 10 * KB,
} as const;

/** The gzip size of the page's inline <style> elements, which the HTML budget already includes. */
function inlineCssGzip(html: string): number {
  const css = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1] ?? '').join('');
  return css === '' ? 0 : gzipSync(css).length;
}

/** Font files: the portal uses the system CJK fonts; a Chinese web font costs megabytes. */
const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|$)/i;

/**
 * Search must load on interaction only (focus/typing), never on first visit: its index repeats the
 * whole document. Search-related is anything the search box loads on first use — the engine (its
 * own chunk under /assets/chunks/, imported dynamically), the clause tables and folding table under
 * /search/ — and, in case those move, any request whose path names search or folding, or any JSON
 * (pages need none). Checked per request, so a request that fails or is aborted still counts.
 */
// Names are matched in lower case only: esbuild's content hashes are upper case, so a hash never matches.
const SEARCH_PATHS = [/^\/assets\/chunks\//, /^\/search\//, /search/, /fold/, /\.json$/i];

function searchRelated(request: Request): string | null {
  if (request.resourceType() === 'document') return null;
  const { pathname } = new URL(request.url());
  const rule = SEARCH_PATHS.find((pattern) => pattern.test(pathname));
  return rule ? `${pathname} (matches ${rule})` : null;
}

type Visit = {
  html: number;
  inlineCss: number;
  css: number;
  js: number;
  other: number;
  requests: number;
  problems: string[];
};

/** Pages to load in a real browser: every document page, and per script the first clause page and the one with the largest HTML. */
function pagesToVisit(): SitePage[] {
  const pages: SitePage[] = [];
  for (const script of SCRIPTS) {
    pages.push(...pagesOfKind('document', script));
    const clauses = pagesOfKind('clause', script);
    const largest = [...clauses].sort((a, b) => fs.statSync(b.file).size - fs.statSync(a.file).size)[0];
    for (const page of new Set([clauses[0], largest])) if (page) pages.push(page);
  }
  return pages;
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

test.describe('first-visit budgets (gzip)', () => {
  for (const sitePage of pagesToVisit()) {
    test(`${sitePage.kind} ${sitePage.urlPath}: HTML with inline CSS ≤ ${kb(BUDGET.html)}, inline CSS ≤ ${kb(BUDGET.inlineCss)}, no stylesheet request, JS ≤ ${kb(BUDGET.js)}, no fonts, no other origin, no search`, async ({
      browser,
      baseURL,
    }) => {
      if (!baseURL) throw new Error('baseURL is not configured');
      const origin = new URL(baseURL).origin;
      // A fresh context is an empty cache: this is a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      const visit: Visit = { html: 0, inlineCss: 0, css: 0, js: 0, other: 0, requests: 0, problems: [] };
      const pending: Promise<void>[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== origin)
          visit.problems.push(`request to another origin: ${request.url()}`);
        if (request.resourceType() === 'script' && new URL(request.url()).pathname.startsWith('/_next/'))
          visit.problems.push(`Next.js runtime script: ${request.url()}`);
        if (FONT_FILE.test(request.url()) || request.resourceType() === 'font')
          visit.problems.push(`font file: ${request.url()}`);
        const search = searchRelated(request);
        if (search) visit.problems.push(`search-related before interaction: ${search}`);
      });
      page.on('response', (response) => {
        pending.push(
          (async () => {
            const request = response.request();
            const body = await response.body().catch(() => null);
            const gz = body ? gzipSync(body).length : 0;
            visit.requests += 1;
            const type = request.resourceType();
            if (type === 'document') visit.html += gz;
            if (type === 'document' && body) visit.inlineCss += inlineCssGzip(body.toString('utf8'));
            else if (type === 'stylesheet') visit.css += gz;
            else if (type === 'script') visit.js += gz;
            else visit.other += gz;
          })(),
        );
      });
      await page.goto(sitePage.urlPath, { waitUntil: 'load' });
      // Work started after load (an idle callback, a lazy import(), a preload the browser gets to late) would
      // fetch now: wait until the network has been quiet, so it is seen.
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      await context.close();

      console.log(
        `${sitePage.urlPath}: HTML ${kb(visit.html)} (inline CSS ${kb(visit.inlineCss)}), CSS ${kb(visit.css)}, JS ${kb(visit.js)}, other ${kb(visit.other)} (${visit.requests} requests)`,
      );
      expect(visit.problems, visit.problems.join('\n')).toEqual([]);
      expect(visit.html, `no HTML measured for ${sitePage.urlPath}`).toBeGreaterThan(0);
      expect(visit.html, `HTML over budget on ${sitePage.urlPath}`).toBeLessThanOrEqual(BUDGET.html);
      expect(visit.inlineCss, `no inline stylesheet on ${sitePage.urlPath}`).toBeGreaterThan(0);
      expect(visit.inlineCss, `inline CSS over budget on ${sitePage.urlPath}`).toBeLessThanOrEqual(BUDGET.inlineCss);
      expect(visit.css, `stylesheet requested on ${sitePage.urlPath}`).toBeLessThanOrEqual(BUDGET.css);
      expect(visit.js, `JavaScript over budget on ${sitePage.urlPath}`).toBeLessThanOrEqual(BUDGET.js);
    });
  }
});

test('every home, listing, document and clause page in out/ fits the HTML budget', () => {
  // Only a sample of clause pages is loaded in the browser above; their HTML is checked here, all of them.
  const kinds = ['home', 'script-home', 'listing', 'document', 'clause'] as const;
  const pages = kinds.flatMap((kind) => pagesOfKind(kind));
  expect(pages.length).toBeGreaterThan(0);
  const over = pages
    .map((page) => ({ page, gz: gzipSync(fs.readFileSync(page.file)).length }))
    .filter(({ gz }) => gz > BUDGET.html)
    .map(({ page, gz }) => `${page.urlPath}: ${kb(gz)}`);
  expect(over, `HTML over ${kb(BUDGET.html)} gzip:\n${over.join('\n')}`).toEqual([]);
});

test('out/ ships no font files and no @font-face', () => {
  const files = fs.readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' });
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((file) => FONT_FILE.test(file))).toEqual([]);
  // The stylesheet is inline in every page: look in the pages as well as in any .css file.
  const withFontFace = files.filter(
    (file) => /\.(css|html)$/.test(file) && fs.readFileSync(path.join(OUT_DIR, file), 'utf8').includes('@font-face'),
  );
  expect(withFontFace).toEqual([]);
});

/** Our one module, content-hashed so a cached old script never runs against new markup, imported by an inline loader after the first paint. */
const SITE_SCRIPT =
  /<script type="module" id="site-script">[^<]*import\("\/assets\/site-[A-Za-z0-9]+\.js"\)[^<]*<\/script>/;

test('no page in out/ ships the Next.js runtime or its RSC payload (scripts/strip-runtime.ts)', () => {
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    const name = path.relative(OUT_DIR, file);
    if (/<script\b[^>]*\bsrc="\/_next\//i.test(html)) found.push(`${name}: <script src="/_next/…">`);
    if (/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bhref="\/_next\/[^"]*\.js"/i.test(html))
      found.push(`${name}: script preload`);
    if (html.includes('self.__next_f')) found.push(`${name}: inline RSC payload (self.__next_f)`);
    if (html.includes('TURBOPACK')) found.push(`${name}: Turbopack bootstrap`);
    // Pages with something to enhance load our one module instead.
    if ((html.includes('data-search=') || html.includes('id="reader-data"')) && !SITE_SCRIPT.test(html))
      found.push(`${name}: no /assets/site-<hash>.js`);
  }
  const leftovers = fs
    .readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) =>
        (file.startsWith(`_next${path.sep}`) && file.endsWith('.js')) || /(^|[/\\])(index|__next\..*)\.txt$/.test(file),
    );
  expect([...found, ...leftovers.map((file) => `left in out/: ${file}`)]).toEqual([]);
});

test('the site script is fetched only after the text has painted (its largest contentful paint), then the reader starts', async ({
  page,
}) => {
  for (const script of SCRIPTS) {
    await page.goto(documentUrl(script));
    await expect(page.locator('html')).toHaveAttribute('data-reader', 'ready');
    const timing = await page.evaluate(
      () =>
        new Promise<{ paint: number; script: number }>((resolve) => {
          new PerformanceObserver((list) => {
            const paint = list.getEntries().at(-1)?.startTime ?? Number.NaN;
            const site = performance
              .getEntriesByType('resource')
              .find((entry) => /\/assets\/site-[A-Za-z0-9]+\.js$/.test(entry.name));
            resolve({ paint, script: site?.startTime ?? Number.NaN });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    expect(timing.paint, `${script}: a largest contentful paint`).toBeGreaterThan(0);
    expect(timing.script, `${script}: site script requested after the paint`).toBeGreaterThanOrEqual(timing.paint);
  }
});
