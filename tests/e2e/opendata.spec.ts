/**
 * Open data, as a reader and a machine meet it on the served export: every document page's 下载
 * section downloads each file under the name it promises, the server sends it with its media type,
 * and each file parses (the AKN and the plain text hold the page's words, the JSON passes the
 * published schema). Every page announces the feeds in its <head>, which parse as Atom.
 */
import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { atomProblems } from '../helpers/atom';
import { DOC_ID, squash } from '../helpers/content';
import { schemaValidator } from '../helpers/json-schema';
import {
  AKN_SCHEMA_MISSING_REASON,
  AKN_SCHEMA_PRESENT,
  aknEids,
  aknText,
  pageText,
  validateAknFiles,
} from '../helpers/open-data';
import { pagesOfKind } from './site-pages';

/** Written out here, not imported from lib/shared/open-data.ts, so a changed type or name fails the test. */
const SERVED_AS = {
  akn: 'application/akn+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const;

/** The type a file must be served with, by its extension; a file of another kind has none to match. */
const servedAs = (path: string): string =>
  Object.entries(SERVED_AS).find(([extension]) => path.endsWith(`.${extension}`))?.[1] ?? `no type for ${path}`;

const SECTION_NAME = { 'zh-hans': '下载', 'zh-hant': '下載' } as const;

/** The path of an absolute URL the build wrote with SITE_URL, to fetch from the test server instead. */
const pathOf = (url: string): string => new URL(url, 'http://site.invalid').pathname;

async function fetchOk(request: APIRequestContext, path: string, type: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toBe(type);
  const body = await response.text();
  expect(body.length, path).toBeGreaterThan(0);
  return body;
}

/** Clicks a download link and returns what the browser saved, after checking the name it saved it under. */
async function download(page: Page, link: ReturnType<Page['locator']>): Promise<string> {
  const [saved] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(saved.suggestedFilename()).toBe(await link.getAttribute('download'));
  const file = await saved.path();
  return fs.readFileSync(file, 'utf8');
}

for (const script of ['zh-hans', 'zh-hant'] as const) {
  test(`${script}: every document page’s ${SECTION_NAME[script]} section downloads each file, served with its type, and each parses`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const documentSchema = JSON.parse(await fetchOk(request, '/data/document.schema.json', SERVED_AS.json));
    const validateJson = schemaValidator(documentSchema);
    const akn: Array<{ fileName: string; contents: string }> = [];
    const documents = pagesOfKind('document', script);
    expect(documents.length).toBeGreaterThanOrEqual(4);
    for (const { urlPath } of documents) {
      const text = pageText(await fetchOk(request, urlPath, 'text/html; charset=utf-8'));
      await page.goto(urlPath);
      const links = page.getByRole('region', { name: SECTION_NAME[script] }).getByRole('listitem').getByRole('link');
      await expect(links).toHaveCount(4);
      for (const link of await links.all()) {
        const href = (await link.getAttribute('href')) ?? '';
        const extension = href.split('.').pop() ?? '';
        const served = await fetchOk(request, href, servedAs(href));
        expect(servedAs(href).startsWith(`${await link.getAttribute('type')};`), href).toBe(true);
        const saved = await download(page, link);
        expect(saved, href).toBe(served);
        if (extension === 'akn') {
          expect(aknText(saved), href).toBe(text);
          expect(aknEids(saved).length).toBeGreaterThan(5);
          akn.push({ fileName: href.replaceAll('/', '_'), contents: saved });
        } else if (extension === 'json') {
          expect(validateJson(JSON.parse(saved)), href).toEqual([]);
        } else if (extension === 'txt') {
          expect(squash(saved), href).toBe(text);
        } else {
          expect(saved, href).toMatch(/^---\ntitle: \S+/);
          expect(href.startsWith('/zh-hans/'), `${href}: the Markdown is the simplified source`).toBe(true);
        }
      }
    }
    if (!AKN_SCHEMA_PRESENT)
      return test.info().annotations.push({ type: 'skip', description: AKN_SCHEMA_MISSING_REASON });
    const verdicts = await validateAknFiles(akn);
    for (const { fileName } of akn) expect(verdicts.get(fileName), fileName).toEqual({ valid: true, errors: [] });
  });
}

test('the index of documents passes its published schema and links downloads that are served', async ({ request }) => {
  const schema = JSON.parse(await fetchOk(request, '/data/documents.schema.json', SERVED_AS.json));
  const index = JSON.parse(await fetchOk(request, '/data/documents.json', SERVED_AS.json));
  expect(schemaValidator(schema)(index)).toEqual([]);
  const urls: string[] = JSON.stringify(index).match(/"https?:\/\/[^"]+\/data\.(?:akn|json|txt)"/g) ?? [];
  expect(urls.length).toBe(pagesOfKind('document').length * 3);
  for (const url of urls) {
    const path = pathOf(JSON.parse(url));
    await fetchOk(request, path, servedAs(path));
  }
});

test('the Markdown has one URL, under the simplified text', async ({ request }) => {
  expect((await request.get(`/zh-hans/${DOC_ID}/source.md`)).status()).toBe(200);
  expect((await request.get(`/zh-hant/${DOC_ID}/source.md`)).status()).toBe(404);
  expect((await request.get(`/zh-hans/no-such-document/data.akn`)).status()).toBe(404);
});

const HEAD_PAGES = [
  '/',
  '/zh-hans/',
  '/zh-hant/',
  `/zh-hant/${DOC_ID}/`,
  `/zh-hans/${DOC_ID}/att_1__sec_2__point_3/`,
  '/404.html',
];

test('every kind of page announces the Atom feeds in its <head>, and each feed is served and valid Atom', async ({
  page,
  request,
}) => {
  const feeds = new Set<string>();
  for (const path of HEAD_PAGES) {
    await page.goto(path);
    const hrefs = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length, path).toBeGreaterThan(0);
    for (const href of hrefs) feeds.add(pathOf(href));
  }
  expect([...feeds].sort()).toEqual(['/zh-hans/feed.atom', '/zh-hant/feed.atom']);
  for (const feed of feeds) expect(atomProblems(await fetchOk(request, feed, SERVED_AS.atom))).toEqual([]);
});

test('a document page announces each download in its <head> with its media type', async ({ page, request }) => {
  await page.goto(`/zh-hant/${DOC_ID}/`);
  const alternates = await page
    .locator('head link[rel="alternate"][type]')
    .evaluateAll((links) => links.map((link) => [link.getAttribute('type') ?? '', link.getAttribute('href') ?? '']));
  const byType = new Map(alternates.map(([type, href]) => [type, pathOf(href ?? '')]));
  expect(Object.fromEntries(byType)).toEqual({
    'application/atom+xml': '/zh-hant/feed.atom',
    'application/akn+xml': `/zh-hant/${DOC_ID}/data.akn`,
    'application/json': `/zh-hant/${DOC_ID}/data.json`,
    'text/plain': `/zh-hant/${DOC_ID}/data.txt`,
    'text/markdown': `/zh-hans/${DOC_ID}/source.md`,
  });
  for (const [type, path] of byType) await fetchOk(request, path, `${type}; charset=utf-8`);
});
