/**
 * The headers the server sends for the real export, in the express project (`npm start`) and the nginx
 * project (production's site file): every header of scripts/deploy/headers.ts on pages, assets, data
 * files, the 404 and the 301; Content-Type with its charset; a validator on every 200; br and gzip
 * negotiated with the build's own bytes. Literal values are asserted too, so the module cannot drift
 * into a weaker policy with the servers following it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { contentType, NOT_FOUND_PAGE, responseHeaders } from '../../scripts/deploy/headers';
import { readSitePolicy } from '../../scripts/deploy/site-policy';
import { SCRIPTS } from '../../lib/shared/types';
import { DOC_ID, documentUrl } from '../helpers/content';
import { exportFiles, OUT_DIR, pagesOfKind } from './site-pages';

const policy = readSitePolicy(OUT_DIR);

/** A URL path in the export for the first file matching `pattern` (fingerprinted names change every build). */
function exportPath(pattern: RegExp): string {
  const file = exportFiles((name) => pattern.test(name))[0];
  if (!file) throw new Error(`no file matching ${pattern} in out/`);
  return `/${path.relative(OUT_DIR, file).split(path.sep).join('/')}`;
}

const clause = pagesOfKind('clause', 'zh-hans')[0]?.urlPath ?? '/no-clause-page/';

/** One of each kind of response the site serves with status 200, and the file it comes from. */
const SAMPLES: { label: string; urlPath: string; file: string }[] = [
  { label: 'home page', urlPath: '/', file: 'index.html' },
  { label: 'script home', urlPath: '/zh-hant/', file: 'zh-hant/index.html' },
  { label: 'document page', urlPath: documentUrl('zh-hans'), file: `${documentUrl('zh-hans')}index.html` },
  { label: 'clause page', urlPath: clause, file: `${clause}index.html` },
  { label: 'site script', urlPath: exportPath(/^site-[A-Z0-9]+\.js$/), file: '' },
  { label: 'search engine chunk', urlPath: exportPath(/^engine-[A-Z0-9]+\.js$/), file: '' },
  {
    label: 'search data',
    urlPath: `/search/doc/${DOC_ID}/zh-hans.json`,
    file: `search/doc/${DOC_ID}/zh-hans.json`,
  },
  { label: 'portal index data', urlPath: '/search/portal/docs.json', file: 'search/portal/docs.json' },
  { label: 'open data AKN', urlPath: `/zh-hant/${DOC_ID}/data.akn`, file: `zh-hant/${DOC_ID}/data.akn` },
  { label: 'open data Markdown', urlPath: `/zh-hans/${DOC_ID}/source.md`, file: `zh-hans/${DOC_ID}/source.md` },
  { label: 'open data text', urlPath: `/zh-hans/${DOC_ID}/data.txt`, file: `zh-hans/${DOC_ID}/data.txt` },
  { label: 'Atom feed', urlPath: '/zh-hans/feed.atom', file: 'zh-hans/feed.atom' },
  { label: 'sitemap', urlPath: '/sitemap.xml', file: 'sitemap.xml' },
  { label: 'robots.txt', urlPath: '/robots.txt', file: 'robots.txt' },
  { label: 'icon', urlPath: '/icon.svg', file: 'icon.svg' },
].map((sample) => ({ ...sample, file: path.join(OUT_DIR, sample.file || sample.urlPath) }));

function expectPolicyHeaders(response: APIResponse, urlPath: string): void {
  const headers = response.headers();
  for (const [name, value] of responseHeaders(policy.hashes, urlPath))
    expect(headers[name.toLowerCase()], `${name} on ${urlPath}`).toBe(value);
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"])
    expect(csp).toContain(directive);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toContain('no-transform');
}

for (const sample of SAMPLES) {
  test(`${sample.label} ${sample.urlPath}: every header, its type and a validator`, async ({ request }) => {
    const response = await request.get(sample.urlPath);
    expect(response.status()).toBe(200);
    expectPolicyHeaders(response, sample.urlPath);
    const immutable = sample.urlPath.startsWith('/assets/');
    expect(response.headers()['cache-control']).toBe(
      immutable ? 'public, max-age=31536000, immutable, no-transform' : 'no-cache, no-transform',
    );
    expect(response.headers()['content-type']).toBe(contentType(sample.file));
    expect(response.headers().etag ?? response.headers()['last-modified']).toBeTruthy();
    expect((await response.body()).equals(fs.readFileSync(sample.file))).toBe(true);
  });
}

test('the HTML, the script and the data files come as br or gzip, as the client asks, decoding to the built file', async ({
  request,
}) => {
  for (const sample of SAMPLES.filter(({ label }) => /document|script$|data/.test(label))) {
    for (const encoding of ['br', 'gzip']) {
      const response = await request.get(sample.urlPath, { headers: { 'accept-encoding': encoding } });
      expect(response.headers()['content-encoding'], `${encoding} for ${sample.urlPath}`).toBe(encoding);
      expect(response.headers().vary).toMatch(/accept-encoding/i);
      expect((await response.body()).equals(fs.readFileSync(sample.file))).toBe(true);
    }
  }
});

/** TCP's first window on a new connection (10 segments of 1,460 bytes): what arrives in one round trip. */
const FIRST_WINDOW = 10 * 1460;

test(`the notice's page comes whole in TCP's first window with brotli (status line, headers and body ≤ ${FIRST_WINDOW} bytes), in both scripts`, async ({
  request,
}) => {
  for (const script of SCRIPTS) {
    const urlPath = documentUrl(script);
    const response = await request.get(urlPath, { headers: { 'accept-encoding': 'br' } });
    expect(response.headers()['content-encoding'], urlPath).toBe('br');
    const statusLine = `HTTP/1.1 ${response.status()} ${response.statusText()}\r\n`;
    const headers = response.headersArray().map(({ name, value }) => `${name}: ${value}\r\n`);
    const head = Buffer.byteLength(statusLine + headers.join('') + '\r\n');
    const body = fs.statSync(path.join(OUT_DIR, `${urlPath}index.html.br`)).size;
    expect(head + body, `${urlPath}: ${head} B of status and headers + ${body} B of brotli body`).toBeLessThanOrEqual(
      FIRST_WINDOW,
    );
  }
});

test('unknown paths and folders without a page answer 404 with the 404 page and every header', async ({ request }) => {
  for (const urlPath of [
    '/no-such-page/',
    '/zh-hans/no-such-page/',
    '/search/',
    '/assets/',
    '/assets/nope.js',
    '/_headers',
  ]) {
    const response = await request.get(urlPath);
    expect(response.status(), urlPath).toBe(404);
    // The 404 page's headers: a miss under /assets/ must not be cached for a year.
    expectPolicyHeaders(response, NOT_FOUND_PAGE);
    expect(response.headers()['cache-control']).toBe('no-cache, no-transform');
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('页面未找到');
  }
});

test('a folder URL without its slash moves to it: 301, relative Location, every header', async ({ request }) => {
  for (const urlPath of ['/zh-hans', documentUrl('zh-hant').slice(0, -1)]) {
    const response = await request.get(urlPath, { maxRedirects: 0 });
    expect(response.status(), urlPath).toBe(301);
    expect(response.headers().location).toBe(`${urlPath}/`);
    expectPolicyHeaders(response, urlPath);
  }
});
