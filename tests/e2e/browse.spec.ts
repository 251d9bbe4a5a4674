/**
 * Browsing without JavaScript: the home pages, every listing and facet page, and the way back from a
 * document. What each page must list is worked out from the documents' front matter
 * (tests/helpers/browse.ts), not from the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createZhHantConverter } from '../../lib/build/content/zh-hant';
import {
  expectedValues,
  FACET_NAMES,
  listedDocuments,
  pagesOf,
  type FacetName,
  type ListedDocument,
} from '../helpers/browse';
import { TESTED_CONTENT_DIRS } from '../helpers/pages';
import { OUT_DIR } from './site-pages';

test.use({ javaScriptEnabled: false });

const DOCS = listedDocuments(TESTED_CONTENT_DIRS);
const toHant = createZhHantConverter([]).convert;

/** The scripts and their words, written out here rather than taken from lib/. */
const SCRIPTS = [
  { script: 'zh-hans', convert: (text: string) => text, all: '全部文件', by: ['按年份', '按发文机关', '按文种'] },
  { script: 'zh-hant', convert: toHant, all: '全部文件', by: ['依年份', '依發文機關', '依文種'] },
] as const;

const documentHref = (script: string, doc: ListedDocument): string => `/${script}/${doc.id}/`;
/** 2007-12-05 → 2007年12月5日. */
const chineseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The document links of a list, in page order. */
const listedHrefs = (page: Page): Promise<string[]> =>
  page.locator('main .entries .doc-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

/** Each listed document shows its title, 文号 (when it has one), issuer and date of publication. */
async function expectEntries(
  list: Locator,
  script: string,
  docs: readonly ListedDocument[],
  convert: (t: string) => string,
) {
  const items = list.locator('.entries > li');
  await expect(items).toHaveCount(docs.length);
  for (const [i, doc] of docs.entries()) {
    const item = items.nth(i);
    await expect(item.locator('.doc-title a')).toHaveAttribute('href', documentHref(script, doc));
    await expect(item.locator('.doc-title')).toHaveText(convert(doc.title));
    const meta = item.locator('.entry-meta');
    if (doc.docNumber) await expect(meta).toContainText(convert(doc.docNumber));
    await expect(meta).toContainText(convert(doc.issuer));
    await expect(meta.locator('time')).toHaveAttribute('datetime', doc.datePublished);
    await expect(meta.locator('time')).toHaveText(chineseDate(doc.datePublished));
  }
}

for (const { script, convert, all, by } of SCRIPTS) {
  test.describe(`${script}: browsing without JavaScript`, () => {
    test('all documents: every one, newest first, with 文号, title, issuer and date', async ({ page }) => {
      expect(DOCS.length).toBeLessThanOrEqual(50);
      await page.goto(`/${script}/documents/`);
      await expect(page.locator('h1')).toHaveText(all);
      await expect(page.locator('.browse-summary')).toContainText(`共${DOCS.length}件`);
      await expectEntries(page.locator('main'), script, DOCS, convert);
      // One page: no pager, and no page 2.
      await expect(page.locator('.list-pager')).toHaveCount(0);
      expect(fs.existsSync(path.join(OUT_DIR, script, 'documents', '2'))).toBe(false);
    });

    for (const [i, facet] of FACET_NAMES.entries()) {
      test(`${facet}: the index counts each value, and each value's page lists its documents newest first`, async ({
        page,
      }) => {
        const values = expectedValues(DOCS, facet);
        await page.goto(`/${script}/${facet}/`);
        await expect(page.locator('h1')).toHaveText(by[i] ?? '-');
        const rows = page.locator('main .facet-values > li');
        await expect(rows).toHaveCount(values.length);
        for (const value of values) {
          const row = rows.filter({ has: page.locator(`a[href="/${script}/${facet}/${value.slug}/"]`) });
          await expect(row.locator('a')).toHaveText(convert(value.label));
          await expect(row.locator('.facet-count')).toHaveText(`${value.documents.length}件`);
          expect(pagesOf(value.documents.length)).toBe(1);
        }
        for (const value of values) {
          await page.goto(`/${script}/${facet}/${value.slug}/`);
          await expect(page.locator('h1')).toHaveText(convert(value.label));
          await expect(page.locator('.browse-summary')).toContainText(`共${value.documents.length}件`);
          await expectEntries(page.locator('main'), script, value.documents, convert);
        }
      });
    }

    test('years are listed newest first', async ({ page }) => {
      await page.goto(`/${script}/years/`);
      const years = await page.locator('main .facet-values a').allTextContents();
      expect(years).toEqual([...years].sort().reverse());
      expect(years).toEqual(
        expectedValues(DOCS, 'years')
          .map((v) => v.label)
          .sort()
          .reverse(),
      );
    });

    test('a listed document’s link opens it', async ({ page }) => {
      const [newest] = DOCS;
      if (!newest) throw new Error('no documents');
      await page.goto(`/${script}/documents/`);
      await page.locator(`main a[href="${documentHref(script, newest)}"]`).click();
      await expect(page).toHaveURL(documentHref(script, newest));
      await expect(page.locator('#preface h1')).toHaveText(convert(newest.title));
    });

    test('the document page leads back: breadcrumb to its year, and its issuer, 文种 and year to their lists', async ({
      page,
    }) => {
      const doc = DOCS.find((d) => d.id === 'sample-order-9') ?? DOCS[0];
      if (!doc) throw new Error('no documents');
      await page.goto(documentHref(script, doc));
      const crumbs = page.getByRole('navigation', { name: script === 'zh-hans' ? '当前位置' : '當前位置' });
      const year = doc.datePublished.slice(0, 4);
      await expect(crumbs.locator('a')).toHaveText(['政策文件', `${year}年`, convert(doc.title)]);
      await crumbs.getByRole('link', { name: `${year}年` }).click();
      await expect(page).toHaveURL(`/${script}/years/${year}/`);
      expect(await listedHrefs(page)).toContain(documentHref(script, doc));

      for (const [facet, text] of [
        ['issuers', convert(doc.issuer)],
        ['types', convert(doc.type)],
        ['years', `${year}年`],
      ] satisfies Array<[FacetName, string]>) {
        await page.goto(documentHref(script, doc));
        await page.locator('.doc-meta').getByRole('link', { name: text, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/${script}/${facet}/[^/]+/$`));
        expect(await listedHrefs(page)).toContain(documentHref(script, doc));
      }
    });

    test('a clause page’s breadcrumb starts at the listings', async ({ page }) => {
      await page.goto(`/${script}/ndrc-2007-2897/att_1__sec_2__point_3/`);
      const crumbs = page.getByRole('navigation', { name: script === 'zh-hans' ? '当前位置' : '當前位置' });
      await expect(crumbs.locator('a').nth(0)).toHaveAttribute('href', `/${script}/`);
      await expect(crumbs.locator('a').nth(1)).toHaveAttribute('href', `/${script}/years/2007/`);
      await expect(crumbs.locator('a').nth(2)).toHaveAttribute('href', `/${script}/ndrc-2007-2897/`);
    });

    test('the script’s home shows the latest documents and every way in', async ({ page }) => {
      await page.goto(`/${script}/`);
      await expectEntries(page.locator('main .latest'), script, DOCS.slice(0, 10), convert);
      const ways = page.locator('main .ways');
      await expect(ways.getByRole('link', { name: all, exact: true })).toHaveAttribute('href', `/${script}/documents/`);
      for (const [i, facet] of FACET_NAMES.entries())
        await expect(ways.getByRole('link', { name: by[i], exact: true })).toHaveAttribute(
          'href',
          `/${script}/${facet}/`,
        );
      for (const value of expectedValues(DOCS, 'years')) {
        const chip = ways.locator('li').filter({ has: page.locator(`a[href="/${script}/years/${value.slug}/"]`) });
        await expect(chip).toHaveText(`${value.label}${value.documents.length}件`);
      }
    });
  });
}

test('the bilingual home is small, and shows the latest documents and the ways in for both scripts', async ({
  page,
}) => {
  const html = fs.readFileSync(path.join(OUT_DIR, 'index.html'));
  // The budget at any corpus size: it lists at most ten documents per script, however many there are.
  expect(gzipSync(html).length).toBeLessThanOrEqual(20 * 1024);
  await page.goto('/');
  for (const { script, convert } of SCRIPTS) {
    const section = page.locator(`main section[aria-labelledby="${script}"]`);
    await expectEntries(section.locator('.latest'), script, DOCS.slice(0, 10), convert);
    for (const facet of ['documents', ...FACET_NAMES])
      await expect(section.locator(`.ways a[href="/${script}/${facet}/"]`)).toHaveCount(1);
  }
});

/**
 * The counts of content/ plus tests/fixtures/documents, written out by hand from their front matter
 * (ndrc-2007-2897, sample-2023-52, sample-2024-17, sample-2024-31, sample-order-9), so neither the build nor the
 * helpers above can agree with themselves on a wrong count. Each row: slug, label in each script, count.
 */
const FIXTURE_FACETS: Record<FacetName, Array<[string, string, string, number]>> = {
  years: [
    ['2024', '2024年', '2024年', 3],
    ['2023', '2023年', '2023年', 1],
    ['2007', '2007年', '2007年', 1],
  ],
  // By pinyin: shì lì shì fā… before shì lì shì rén…, both before zhōng….
  issuers: [
    ['3a6378b7', '示例市发展和改革委员会', '示例市發展和改革委員會', 3],
    ['a8af0d78', '示例市人民政府', '示例市人民政府', 1],
    ['7a83455b', '中华人民共和国国家发展和改革委员会', '中華人民共和國國家發展和改革委員會', 1],
  ],
  // In the order of the 公文 list: 令 before 通知.
  types: [
    ['decree', '令', '令', 1],
    ['notice', '通知', '通知', 4],
  ],
};

test.describe('the fixture corpus, counted by hand', () => {
  // The counts below are for content/ plus tests/fixtures/documents: against another corpus they fail
  // here, saying so, rather than being skipped without a word.
  test.beforeAll(() => {
    expect(
      TESTED_CONTENT_DIRS.map((dir) => path.relative(process.cwd(), dir)),
      'the hand counts are for the corpus npm run build:test builds',
    ).toEqual(['content', path.join('tests', 'fixtures', 'documents')]);
  });
  for (const { script } of SCRIPTS) {
    test(`${script}: each facet index lists its values in order with their counts, and 全部文件 counts 5`, async ({
      page,
    }) => {
      for (const facet of FACET_NAMES) {
        await page.goto(`/${script}/${facet}/`);
        const rows = page.locator('main .facet-values > li');
        const expected = FIXTURE_FACETS[facet];
        await expect(rows).toHaveCount(expected.length);
        for (const [i, [slug, hans, hant, count]] of expected.entries()) {
          const link = rows.nth(i).locator('a');
          await expect(link).toHaveAttribute('href', `/${script}/${facet}/${slug}/`);
          await expect(link).toHaveText(script === 'zh-hans' ? hans : hant);
          await expect(rows.nth(i).locator('.facet-count')).toHaveText(`${count}件`);
        }
      }
      await page.goto(`/${script}/documents/`);
      await expect(page.locator('main .entries > li')).toHaveCount(5);
      await expect(page.locator('main .entries .doc-title a').first()).toHaveAttribute(
        'href',
        `/${script}/sample-2024-31/`,
      );
      await expect(page.locator('main .entries .doc-title a').last()).toHaveAttribute(
        'href',
        `/${script}/ndrc-2007-2897/`,
      );
    });
  }
});
