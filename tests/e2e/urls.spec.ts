/**
 * URLs never break: the fixture sample-2023-52 was first published as sample-notice-2024, and its item
 * （四） of part 二 is now （三） (tests/fixtures/urls/ holds what was published, its front matter the moves).
 * Old pages answer 301 from the server (this spec runs against npm start and nginx), the redirect page
 * left at each refreshes a browser on a host without redirects, and an old #id lands on the clause it
 * moved to without JavaScript.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SITE_URL } from '../../lib/build/env';
import { OUT_DIR, redirectPages } from './site-pages';

const OLD = '/zh-hans/sample-notice-2024/';
const NEW = '/zh-hans/sample-2023-52/';

test.describe('the server', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const [from, to] of [
    [`${OLD}att_1__sec_2__point_4/`, `${NEW}att_1__sec_2__point_3/`],
    [`${OLD}att_1__sec_2__point_4`, `${NEW}att_1__sec_2__point_3/`],
    [`${OLD}att_1__sec_1/`, `${NEW}att_1__sec_1/`],
    ['/zh-hant/sample-notice-2024/', '/zh-hant/sample-2023-52/'],
    ['/zh-hant/sample-notice-2024/data.json', '/zh-hant/sample-2023-52/data.json'],
    [`${OLD}source.md`, `${NEW}source.md`],
  ] as const)
    test(`answers ${from} with 301 to ${to}`, async ({ request }) => {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status()).toBe(301);
      expect(response.headers()['location']).toBe(to);
    });

  test('leads a browser from an old clause page to the clause where it is now', async ({ page }) => {
    await page.goto(`${OLD}att_1__sec_2__point_4/`);
    expect(new URL(page.url()).pathname).toBe(`${NEW}att_1__sec_2__point_3/`);
    await expect(page.locator('h1')).toContainText('（三）推进智慧停车管理');
  });

  test('keeps the #id through the move of the document', async ({ page }) => {
    await page.goto(`${OLD}#att_1__sec_2__point_4`);
    const url = new URL(page.url());
    expect(`${url.pathname}${url.hash}`).toBe(`${NEW}#att_1__sec_2__point_4`);
  });
});

/** Serves the old URL as a host without redirects does: the file in out/, status 200. */
async function asPlainHost(page: Page, urlPath: string): Promise<void> {
  const body = fs.readFileSync(path.join(OUT_DIR, urlPath, 'index.html'), 'utf8');
  await page.route(`**${urlPath}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
}

test.describe('the redirect page', () => {
  test('refreshes to the new page, in both scripts', async ({ page }) => {
    for (const [from, to] of [
      [`${OLD}att_1__sec_2__point_4/`, `${NEW}att_1__sec_2__point_3/`],
      ['/zh-hant/sample-notice-2024/', '/zh-hant/sample-2023-52/'],
    ] as const) {
      await asPlainHost(page, from);
      await page.goto(from);
      await page.waitForURL(`**${to}`);
      expect(new URL(page.url()).pathname).toBe(to);
    }
  });

  test('names the new page as canonical, asks not to be indexed, and links it', () => {
    const html = fs.readFileSync(
      path.join(OUT_DIR, 'zh-hans/sample-notice-2024/att_1__sec_2__point_4/index.html'),
      'utf8',
    );
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/zh-hans/sample-2023-52/att_1__sec_2__point_3/">',
    );
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/zh-hans/sample-2023-52/att_1__sec_2__point_3/">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(
      '<a href="/zh-hans/sample-2023-52/att_1__sec_2__point_3/">示例市发展和改革委员会关于做好公共停车设施建设工作的通知 二（三）推进智慧停车管理</a>',
    );
  });

  test('is left at every moved page in both scripts, and the sitemap lists none of them', async ({ request }) => {
    const pages = ['', 'att_1__sec_1/', 'att_1__sec_2/', 'att_1__sec_2__point_1/', 'att_1__sec_2__point_2/']
      .concat(['att_1__sec_2__point_3/', 'att_1__sec_2__point_4/', 'att_1__sec_3/'])
      .flatMap((page) => ['zh-hans', 'zh-hant'].map((script) => `/${script}/sample-notice-2024/${page}`));
    expect(redirectPages().map((page) => page.urlPath)).toEqual(pages.sort());
    // The sitemap is an index of sitemap files: read every one it names.
    const index = await (await request.get('/sitemap.xml')).text();
    const files = [...index.matchAll(/<loc>[^<]*?(\/sitemap-\d+\.xml)<\/loc>/g)].map((match) => match[1] ?? '');
    expect(files.length).toBeGreaterThan(0);
    const sitemap = (await Promise.all(files.map(async (file) => (await request.get(file)).text()))).join('\n');
    expect(sitemap).toContain('/zh-hans/sample-2023-52/att_1__sec_2__point_3/');
    expect(sitemap).not.toContain('sample-notice-2024');
    expect(sitemap).not.toContain('sample-2023-52/att_1__sec_2__point_4');
  });
});

test.describe('an old #id without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 500 } });

  test('lands on the clause it moved to, marked as the target', async ({ page }) => {
    await page.goto(`${NEW}#att_1__sec_2__point_4`);
    const clause = page.locator('#att_1__sec_2__point_3');
    await expect(clause).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    const box = await clause.boundingBox();
    // Below the sticky bar (scroll-margin 4rem), at the top of the viewport: scrolled there, not left at the top.
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.y).toBeLessThan(100);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await page.locator(':target').getAttribute('class')).toBe('moved-id');
  });

  test('lands there on its clause page too', async ({ page }) => {
    await page.goto(`${NEW}att_1__sec_2/#att_1__sec_2__point_4`);
    // The last item of a short page: scrolled as far as the page goes, the clause on screen.
    const box = await page.locator('#att_1__sec_2__point_3').boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.y).toBeLessThan(500);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(page.locator('#att_1__sec_2__point_3')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });

  test('leaves every id on the page once', async ({ page }) => {
    await page.goto(NEW);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids).toContain('att_1__sec_2__point_4');
  });
});

test('the navigator marks the clause an old #id moved to', async ({ page }) => {
  await page.goto(`${NEW}#att_1__sec_2__point_4`);
  await expect(page.locator('[data-toc] a[aria-current="location"]')).toHaveAttribute(
    'href',
    /#att_1__sec_2__point_3$/,
  );
});
