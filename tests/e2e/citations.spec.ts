/**
 * 复制引用's list of formats in real Chromium on the exported site: it opens and closes as a disclosure
 * (aria-expanded, keyboard, Escape returning focus), each format puts its exact string on the clipboard and
 * says so in #reader-status, it fits a 390 px phone, and axe finds nothing with it open. The page's clock is
 * fixed at 3 December 2026, so the 引用日期 is known; the strings are written out by hand.
 */
import { expect, test, type Page } from '@playwright/test';
import { SCRIPTS, type Script } from '../../lib/shared/types';
import { documentUrl } from '../helpers/content';
import { expectNoAxeViolations } from './axe';

const ITEM = 'att_1__sec_2__point_3';

/** What each script's list says, in order, and the clause's short name. */
const WORDS = {
  'zh-hans': {
    cite: '复制引用：第二部分第（三）项',
    formats: ['中文引用', 'GB/T 7714（本条）', 'GB/T 7714（全文）', 'CSL-JSON', 'BibTeX'],
    copied: '已复制引用',
    name: '第二部分第（三）项',
  },
  'zh-hant': {
    cite: '複製引用：第二部分第（三）項',
    formats: ['中文引用', 'GB/T 7714（本條）', 'GB/T 7714（全文）', 'CSL-JSON', 'BibTeX'],
    copied: '已複製引用',
    name: '第二部分第（三）項',
  },
} as const;

/** The expected clipboard text of each format, for a page served at `origin`. */
function expected(script: Script, origin: string): string[] {
  const page = `${origin}/${script}/ndrc-2007-2897/`;
  const hans = script === 'zh-hans';
  const issuer = hans ? '中华人民共和国国家发展和改革委员会' : '中華人民共和國國家發展和改革委員會';
  const notice = hans
    ? '国家发展改革委关于印发促进产业集群发展的若干意见的通知:发改企业〔2007〕2897号'
    : '國家發展改革委關於印發促進產業集群發展的若干意見的通知:發改企業〔2007〕2897號';
  const annex = hans ? '国家发展改革委关于促进产业集群发展的若干意见' : '國家發展改革委關於促進產業集群發展的若干意見';
  return [
    hans
      ? `《国家发展改革委关于促进产业集群发展的若干意见》（发改企业〔2007〕2897号附件）第二部分第（三）项\n${page}#${ITEM}`
      : `《國家發展改革委關於促進產業集群發展的若干意見》（發改企業〔2007〕2897號附件）第二部分第（三）項\n${page}#${ITEM}`,
    `${issuer}.${annex}[EB/OL]//${issuer}.${notice}.(2007-12-05)[2026-12-03].${page}#${ITEM}.`,
    `${issuer}.${notice}[EB/OL].(2007-12-05)[2026-12-03].${page}.`,
    `"accessed": { "date-parts": [[2026, 12, 3]] },\n  "language": "${hans ? 'zh-Hans' : 'zh-Hant'}",\n  "URL": "${page}"\n}`,
    `  url = {${page}},\n  urldate = {2026-12-03},\n}`,
  ];
}

async function openPage(page: Page, script: Script): Promise<void> {
  await page.clock.setFixedTime(new Date(2026, 11, 3, 10, 0));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(documentUrl(script));
  await expect(page.locator('html')).toHaveAttribute('data-reader', 'ready');
}

for (const script of SCRIPTS) {
  test.describe(`复制引用 formats, ${script}`, () => {
    test('each format copies its exact string and says so', async ({ page }) => {
      await openPage(page, script);
      const origin = await page.evaluate(() => window.location.origin);
      const words = WORDS[script];
      const cite = page.getByRole('button', { name: words.cite });
      const menu = page.getByRole('group', { name: '引用格式' });
      const texts = expected(script, origin);
      for (const [i, format] of words.formats.entries()) {
        await cite.click();
        await expect(cite).toHaveAttribute('aria-expanded', 'true');
        await expect(menu.getByRole('button')).toHaveText([...words.formats]);
        await menu.getByRole('button', { name: format }).click();
        await expect(menu).toBeHidden();
        await expect(cite).toHaveAttribute('aria-expanded', 'false');
        await expect(cite).toBeFocused();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        // Chinese, GB/T: the whole string; CSL-JSON and BibTeX: the whole tail, after their fixed fields.
        if (i < 3) expect(copied).toBe(texts[i]);
        else expect(copied.endsWith(texts[i] ?? '-')).toBe(true);
        // The CSL-JSON a reader pastes into Zotero is JSON, blanks and all filled.
        if (format === 'CSL-JSON') expect(JSON.parse(copied)).toMatchObject({ title: expect.any(String) });
        await expect(page.locator('#reader-status')).toHaveText(`${words.copied}（${format}）：${words.name}`);
      }
    });

    test('keyboard: Enter opens on the first format, arrows move, Escape closes and returns focus', async ({
      page,
    }) => {
      await openPage(page, script);
      const words = WORDS[script];
      const cite = page.getByRole('button', { name: words.cite });
      await cite.focus();
      await page.keyboard.press('Enter');
      const menu = page.getByRole('group', { name: '引用格式' });
      await expect(menu.getByRole('button', { name: words.formats[0] })).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(menu.getByRole('button', { name: 'BibTeX' })).toBeFocused();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowDown');
      await expect(menu.getByRole('button', { name: words.formats[1] })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await expect(cite).toBeFocused();
      await expect(cite).toHaveAttribute('aria-expanded', 'false');
      // Enter on a format copies it; a click elsewhere closes an open list without copying.
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toMatch(/\[EB\/OL\]\.\(2007-12-05\)/);
      await cite.click();
      await page.locator('h1').first().click();
      await expect(menu).toBeHidden();
    });

    test('on a 390 px phone the open list fits the screen, and axe finds nothing', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openPage(page, script);
      const cite = page.getByRole('button', { name: WORDS[script].cite });
      await cite.click();
      const menu = page.getByRole('group', { name: '引用格式' });
      await expect(menu).toBeVisible();
      const box = await menu.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectNoAxeViolations(page);
    });

    test('axe finds nothing with the list open on a wide screen', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openPage(page, script);
      await page.locator(`[id="${ITEM}"] > p`).first().hover();
      await page.getByRole('button', { name: WORDS[script].cite }).click();
      await expect(page.getByRole('group', { name: '引用格式' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
