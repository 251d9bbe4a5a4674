/**
 * The document page as a reader and an official use it, in real Chromium against the exported out/:
 * navigator (with and without JavaScript), scroll tracking, the script toggle keeping the place,
 * copy link / copy citation, the phone navigator dialog, arrival at a clause, print, overflow, axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { SCRIPTS } from '../../lib/shared/types';
import { expectedClauses } from '../helpers/clauses';
import { DOC_ID, documentUrl } from '../helpers/content';
import { expectNoAxeViolations } from './axe';

/** Parts and items as the Markdown numbers them, read from the file, not from the pipeline; the navigator drops the heading's 。. */
function expectedSections(): Array<{ id: string; heading: string }> {
  return expectedClauses().map(({ id, heading }) => ({ id, heading: heading.replace(/。$/, '') }));
}

/** Hand-written citations of item 二（三）, as an official would type them. */
const CITATION = {
  'zh-hans': '《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）第二部分第（三）项',
  'zh-hant': '《國家發展改革委關於促進產業集群發展的若干意見》（發改企業〔2007〕2897號附件）第二部分第（三）項',
} as const;
const BUTTONS = {
  'zh-hans': { link: '复制链接', cite: '复制引用', copiedLink: '已复制链接', toc: '目录', close: '关闭目录' },
  'zh-hant': { link: '複製連結', cite: '複製引用', copiedLink: '已複製連結', toc: '目錄', close: '關閉目錄' },
} as const;

/** The client script has installed its listeners and buttons (it marks <html data-reader="ready">). */
async function ready(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-reader', 'ready');
}

async function inViewport(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const rect = document.getElementById(target)?.getBoundingClientRect();
    return !!rect && rect.top >= -1 && rect.top < window.innerHeight;
  }, id);
}

test.describe('navigator without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const script of SCRIPTS) {
    test(`${script}: links the notice, the annex, every part and every item, and the links work`, async ({ page }) => {
      await page.goto(documentUrl(script));
      const nav = page.getByRole('navigation', { name: script === 'zh-hans' ? '目录' : '目錄' });
      await expect(nav).toBeVisible();
      const links = nav.getByRole('link');
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const sections = expectedSections();
      expect(sections.length).toBe(14); // 3 parts, 8 + 3 items: guards the reader of the Markdown itself
      expect(hrefs).toEqual(['#preface', '#att_1', ...sections.map((s) => `#${s.id}`)]);
      if (script === 'zh-hans') {
        for (const section of sections)
          await expect(nav.locator(`a[href="#${section.id}"]`)).toHaveText(section.heading);
      } else {
        // The traditional navigator is in traditional characters, not a copy of the simplified one.
        await expect(nav.locator('a[href="#att_1__sec_2__point_3"]')).toHaveText(
          '（三）壯大龍頭企業，提高專業化協作水平',
        );
      }
      await nav.locator('a[href="#att_1__sec_3__point_2"]').click();
      await expect(page).toHaveURL(new RegExp(`${documentUrl(script)}#att_1__sec_3__point_2$`));
      expect(await inViewport(page, 'att_1__sec_3__point_2')).toBe(true);
      // No dead controls without JavaScript: the copy buttons only appear with it.
      await expect(page.locator('.clause-actions')).toHaveCount(0);
    });
  }
});

for (const script of SCRIPTS) {
  test.describe(`${script} with JavaScript`, () => {
    test('scrolling to an item marks it aria-current="location" in the navigator', async ({ page }) => {
      await page.goto(documentUrl(script));
      await ready(page);
      const nav = page.locator('[data-toc]');
      await expect(nav.locator('a[href="#preface"]')).toHaveAttribute('aria-current', 'location');
      await page.locator('#att_1__sec_2__point_5').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect(nav.locator('a[href="#att_1__sec_2__point_5"]')).toHaveAttribute('aria-current', 'location');
      await expect(nav.locator('[aria-current]')).toHaveCount(1);
      // And back up.
      await page.locator('#att_1__sec_2__point_2').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect(nav.locator('a[href="#att_1__sec_2__point_2"]')).toHaveAttribute('aria-current', 'location');
      await expect(nav.locator('a[href="#att_1__sec_2__point_5"]')).not.toHaveAttribute('aria-current', /.*/);
    });

    test('arriving at #id: the clause is highlighted, at the top, and marked current', async ({ page }) => {
      await page.goto(`${documentUrl(script)}#att_1__sec_2__point_3`);
      await ready(page);
      const item = page.locator('#att_1__sec_2__point_3');
      // Below the sticky bar, not under it, and near the top.
      const top = await item.evaluate((el) => el.getBoundingClientRect().top);
      const barBottom = await page.locator('.reader-bar').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(top).toBeGreaterThanOrEqual(barBottom);
      expect(top).toBeLessThan(barBottom + 40);
      const background = await item.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      await expect(page.locator('[data-toc] a[href="#att_1__sec_2__point_3"]')).toHaveAttribute(
        'aria-current',
        'location',
      );
    });

    test('a text fragment (#:~:text=) still scrolls to the text', async ({ page }) => {
      // Followed from a link, as a reader would (Chromium applies text fragments on user-activated
      // navigations). Body text, not a heading: a heading's words are in the navigator too, and the
      // first match wins.
      const text = script === 'zh-hans' ? '促进产业集群做强做大' : '促進產業集群做強做大';
      await page.goto(`/${script}/`);
      await page.evaluate(
        (href) => {
          const a = document.createElement('a');
          a.href = href;
          a.textContent = 'fragment';
          a.id = 'fragment-link';
          document.body.prepend(a);
        },
        `${documentUrl(script)}#:~:text=${encodeURIComponent(text)}`,
      );
      await page.click('#fragment-link');
      await page.waitForURL(new RegExp(documentUrl(script)));
      await expect(page.getByText(text)).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    });

    test('copy link and copy citation put the URL and the citation on the clipboard, and say so', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(documentUrl(script));
      await ready(page);
      const words = BUTTONS[script];
      const link = page.getByRole('button', {
        name: `${words.link}：第二部分第（三）${script === 'zh-hans' ? '项' : '項'}`,
      });
      await link.click();
      const url = await page.evaluate(() => navigator.clipboard.readText());
      expect(url).toMatch(new RegExp(`^https?://[^/]+${documentUrl(script)}#att_1__sec_2__point_3$`));
      await expect(page.locator('#reader-status')).toHaveText(
        `${words.copiedLink}：第二部分第（三）${script === 'zh-hans' ? '项' : '項'}`,
      );

      // Keyboard: focus the citation button, press Enter to open its formats, Enter again for the first (中文引用).
      const cite = page.getByRole('button', { name: new RegExp(`^${words.cite}：第二部分第（三）`) });
      await cite.focus();
      await expect(cite).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(cite).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${CITATION[script]}\n${url}`);
    });

    test('phone navigator opens as a dialog, traps focus, closes on Esc and after a choice', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(documentUrl(script));
      await ready(page);
      const words = BUTTONS[script];
      await expect(page.getByRole('navigation', { name: words.toc })).toBeHidden();
      const open = page.getByRole('button', { name: words.toc });
      await open.click();
      const dialog = page.getByRole('dialog', { name: words.toc });
      await expect(dialog).toBeVisible();
      expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
        expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(open).toBeFocused();

      await open.click();
      await page.getByRole('dialog').locator('a[href="#att_1__sec_3"]').click();
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect(page).toHaveURL(/#att_1__sec_3$/);
      expect(await inViewport(page, 'att_1__sec_3')).toBe(true);
    });

    for (const width of [390, 1280]) {
      test(`axe: no violations at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(documentUrl(script));
        await ready(page);
        await expectNoAxeViolations(page);
        if (width === 390) {
          await page.getByRole('button', { name: BUTTONS[script].toc }).click();
          await expectNoAxeViolations(page);
        }
      });
    }

    test('axe in dark mode, on a highlighted clause: no violations, contrast included', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${documentUrl(script)}#att_1__sec_2__point_3`);
      await ready(page);
      await expectNoAxeViolations(page);
    });

    test('nothing scrolls sideways from 320 to 1920 px', async ({ page }) => {
      for (const width of [320, 390, 768, 1024, 1280, 1440, 1920]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${documentUrl(script)}#att_1__sec_2__point_3`);
        await ready(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `at ${width} px`).toBe(0);
      }
    });

    test('print shows the document only, with its URL and variant at the foot', async ({ page }) => {
      await page.goto(documentUrl(script));
      await ready(page);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('#toc-panel')).toBeHidden();
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.reader-bar')).toBeHidden();
      await expect(page.locator('.clause-actions').first()).toBeHidden();
      const footer = page.locator('.print-footer');
      await expect(footer).toBeVisible();
      await expect(footer).toContainText(documentUrl(script));
      await expect(footer).toContainText(script === 'zh-hans' ? '简体' : '繁體');
      await expect(page.locator('#att_1__sec_2__point_3')).toBeVisible();
    });

    test('the skip link leads to the text', async ({ page }) => {
      await page.goto(documentUrl(script));
      await ready(page);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: '跳到正文' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
    });
  });
}

test('the toggle keeps the place: #att_1__sec_2__point_3 from simplified to traditional and back, and is remembered', async ({
  page,
}) => {
  await page.goto(`${documentUrl('zh-hans')}#att_1__sec_2__point_3`);
  await ready(page);
  await page.getByRole('link', { name: '切换到繁體' }).click();
  await expect(page).toHaveURL(new RegExp(`${documentUrl('zh-hant')}#att_1__sec_2__point_3$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await ready(page);
  expect(await inViewport(page, 'att_1__sec_2__point_3')).toBe(true);

  await page.getByRole('link', { name: '切換到简体' }).click();
  await expect(page).toHaveURL(new RegExp(`${documentUrl('zh-hans')}#att_1__sec_2__point_3$`));
  await ready(page);
  expect(await inViewport(page, 'att_1__sec_2__point_3')).toBe(true);

  // Scrolled elsewhere without a matching #id: the clause being read travels instead.
  await page.locator('#att_1__sec_2__point_6').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.getByRole('link', { name: '切换到繁體' }).click();
  await expect(page).toHaveURL(new RegExp(`${documentUrl('zh-hant')}#att_1__sec_2__point_6$`));
  await ready(page);
  expect(await inViewport(page, 'att_1__sec_2__point_6')).toBe(true);

  // Remembered: the home page now shows the traditional link first (above the simplified one), in
  // reading and tab order too, and its search box speaks and answers in traditional characters.
  await page.goto('/');
  expect(await firstShownLink(page)).toBe(documentUrl('zh-hant'));
  const firstInDom = await page.locator(`.doc-list a[href$="/${DOC_ID}/"]`).first().getAttribute('href');
  expect(firstInDom).toBe(documentUrl('zh-hant'));
  const search = page.locator('[data-search]');
  await expect(search).toHaveAttribute('data-search', 'zh-hant');
  await expect(search.getByRole('combobox', { name: '搜尋' })).toBeVisible();
  await search.getByRole('combobox').fill('产业集群');
  await expect(search).toHaveAttribute('data-state', 'ready');
  const firstResult = search.getByRole('option').first();
  await expect(firstResult).toHaveAttribute('href', new RegExp(`^${documentUrl('zh-hant')}#`));
  await expect(firstResult).toContainText('產業集群');
});

/** The href of the document link shown highest on the home page (CSS may reorder the script sections). */
async function firstShownLink(page: Page): Promise<string | null> {
  return page.locator(`.doc-list a[href$="/${DOC_ID}/"]`).evaluateAll((links) => {
    const sorted = links
      .map((a) => ({ href: a.getAttribute('href'), y: a.getBoundingClientRect().top }))
      .sort((x, y) => x.y - y.y);
    return sorted[0]?.href ?? null;
  });
}

test('without a remembered choice the home page shows the simplified link first', async ({ page }) => {
  await page.goto('/');
  expect(await firstShownLink(page)).toBe(documentUrl('zh-hans'));
});

test('on a part’s own page, each item’s heading still runs into its text, with the copy buttons after it', async ({
  page,
}) => {
  await page.goto(`/zh-hans/${DOC_ID}/att_1__sec_2/`);
  await ready(page);
  const item = page.locator('#att_1__sec_2__point_1');
  await expect(item.locator(':scope > .clause-actions')).toHaveCount(1);
  const [heading, text] = await Promise.all([
    item.locator(':scope > h2').evaluate((el) => el.getClientRects()[0]?.top ?? -1),
    item.locator(':scope > p').evaluate((el) => el.getClientRects()[0]?.top ?? -2),
  ]);
  expect(Math.abs(heading - text)).toBeLessThan(4);
});
