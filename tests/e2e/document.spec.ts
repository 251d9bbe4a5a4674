/** The exported document pages hold the whole text, every id, in both scripts, with or without JavaScript. */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { createZhHantConverter } from '../../lib/build/content/zh-hant';
import { contentParagraphs, DOC_ID, squash } from '../helpers/content';
import { exportFiles } from './site-pages';

const IDS = [
  'preface',
  'preamble',
  'para_1',
  'conclusions',
  'att_1',
  'att_1__preamble',
  'att_1__sec_1',
  'att_1__sec_1__para_1',
  'att_1__sec_1__para_2',
  'att_1__sec_1__para_3',
  'att_1__sec_2',
  'att_1__sec_2__intro',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `att_1__sec_2__point_${n}`),
  'att_1__sec_3',
  ...[1, 2, 3].map((n) => `att_1__sec_3__point_${n}`),
];

const { convert } = createZhHantConverter([]);
const VARIANTS = [
  {
    script: 'zh-hans',
    lang: 'zh-Hans',
    paragraphs: contentParagraphs(),
    title: '国家发展改革委关于印发促进产业集群发展的若干意见的通知',
  },
  {
    script: 'zh-hant',
    lang: 'zh-Hant',
    paragraphs: contentParagraphs().map(convert),
    title: '國家發展改革委關於印發促進產業集群發展的若干意見的通知',
  },
] as const;

for (const variant of VARIANTS) {
  test.describe(`${variant.script} document page`, () => {
    test('holds every paragraph of the content, in order, with no character lost or changed', async ({ page }) => {
      await page.goto(`/${variant.script}/${DOC_ID}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', variant.lang);
      const text = squash(await page.locator('main').innerText());
      let from = 0;
      for (const paragraph of variant.paragraphs) {
        const at = text.indexOf(squash(paragraph), from);
        expect(at, `paragraph missing or out of order: ${paragraph.slice(0, 30)}…`).toBeGreaterThanOrEqual(from);
        from = at + squash(paragraph).length;
      }
      expect(variant.paragraphs.length).toBe(39);
    });

    test('carries every clause id exactly once, in reading order, on the right clause', async ({ page }) => {
      await page.goto(`/${variant.script}/${DOC_ID}/`);
      const ids = await page.locator('main [id]').evaluateAll((nodes) => nodes.map((n) => n.id));
      expect(ids.filter((id) => IDS.includes(id))).toEqual(IDS);
      await expect(page.locator('[id="att_1__sec_2__point_3"] h4')).toContainText(
        variant.script === 'zh-hans' ? '（三）壮大龙头企业' : '（三）壯大龍頭企業',
      );
      await expect(page.locator('[id="conclusions"]')).toContainText('二〇〇七年十一月十三日');
    });

    test('uses standard traditional forms in zh-Hant and simplified forms in zh-Hans', async ({ page }) => {
      await page.goto(`/${variant.script}/${DOC_ID}/`);
      const text = await page.locator('main').innerText();
      expect(text).not.toContain('産');
      expect(text).toContain(variant.script === 'zh-hans' ? '产业集群' : '產業集群');
    });
  });

  test.describe(`${variant.script} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('renders the text and the navigator links land on their clauses', async ({ page }) => {
      await page.goto(`/${variant.script}/${DOC_ID}/`);
      await expect(page.locator('h1')).toHaveText(variant.title);
      const link = page.locator(`nav a[href$="#att_1__sec_3__point_2"]`).first();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`#att_1__sec_3__point_2$`));
      await expect(page.locator('[id="att_1__sec_3__point_2"]')).toBeInViewport();
    });
  });
}

test('the home page lists the document in both scripts', async ({ page }) => {
  await page.goto('/');
  await page.locator(`a[href="/zh-hant/${DOC_ID}/"]`).first().click();
  await expect(page).toHaveURL(`/zh-hant/${DOC_ID}/`);
  await page.goto('/');
  await page.locator(`a[href="/zh-hans/${DOC_ID}/"]`).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});

test('the server answers unknown paths with the 404 page and status 404', async ({ request }) => {
  const response = await request.get('/no-such-page/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('<html lang=');
});

test('no OpenCC code or dictionary is shipped to the browser', () => {
  const files = exportFiles((name) => /\.(js|txt|html|json)$/.test(name));
  expect(files.length).toBeGreaterThan(5);
  // The first entries of OpenCC's STCharacters and TSCharacters dictionaries.
  const offending = files.filter((file) => /㐷 傌\||㑶 㐹\|/.test(fs.readFileSync(file, 'utf8')));
  expect(offending).toEqual([]);
});
