/** The search box in the exported site, driven in Chromium like a reader would. */
import { expect, test, type Page } from '@playwright/test';
import { SCRIPTS } from '../../lib/shared/types';
import { DOC_ID } from '../helpers/content';
import { GOLDEN, GOLDEN_DOC } from '../lib/shared/search/golden';

const box = (page: Page) => page.getByRole('combobox');
const options = (page: Page) => page.getByRole('listbox').getByRole('option');
/** The panel's status line: 找到 N 条 / 未找到…, visible once a search has run. */
const panelMessage = (page: Page) => page.locator('[role=search] p:not([role=status])');

async function search(page: Page, query: string): Promise<void> {
  await box(page).fill(query);
  await expect(panelMessage(page)).toHaveText(/找到|未找到/);
}

for (const script of SCRIPTS) {
  test.describe(`${script} search box`, () => {
    test('finds the golden table through the real UI', async ({ page }) => {
      await page.goto(`/${script}/${GOLDEN_DOC}/`);
      // Rows are about one document: results from any other notice are not the row's business.
      const ofGoldenDoc = `/${script}/${GOLDEN_DOC}/#`;
      let hits = 0;
      for (const row of GOLDEN) {
        await search(page, row.query);
        const all = await options(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
        const hrefs = all.filter((href) => href.startsWith(ofGoldenDoc));
        const expected = row.ids.map((id) => `${ofGoldenDoc}${id}`);
        expect.soft([...hrefs].sort(), `query ${row.query}`).toEqual([...expected].sort());
        if (all.length === 0) await expect.soft(panelMessage(page), `query ${row.query}`).toContainText(`未找到`);
        if (row.first) expect.soft(hrefs[0], `first for ${row.query}`).toBe(`${ofGoldenDoc}${row.first}`);
        if (JSON.stringify([...hrefs].sort()) === JSON.stringify([...expected].sort())) hits++;
      }
      expect(hits).toBe(GOLDEN.length);
    });

    test('shows results in the page script with the heading path and the match marked', async ({ page }) => {
      await page.goto(`/${script}/`);
      await search(page, script === 'zh-hans' ? '集體商標' : '集体商标');
      const option = options(page).and(page.locator(`[href="/${script}/${DOC_ID}/#att_1__sec_2__point_6"]`));
      await expect(option).toHaveCount(1);
      await expect(option).toContainText(
        script === 'zh-hans'
          ? '附件 › 二、促进产业集群发展的总体思路和措施 › （六）大力实施品牌战略'
          : '附件 › 二、促進產業集群發展的總體思路和措施 › （六）大力實施品牌戰略',
      );
      await expect(option.locator('mark').first()).toHaveText(script === 'zh-hans' ? '集体商标' : '集體商標');
    });

    test('Enter opens the highlighted result at its clause', async ({ page }) => {
      await page.goto(`/${script}/`);
      await search(page, '两高一资');
      // The first result is the one highlighted when nothing was chosen (here 二（八）, the only match).
      const href = (await options(page).first().getAttribute('href')) ?? 'no result';
      expect(href).toMatch(/^\/zh-han[st]\/[a-z0-9-]+\/#att_1__sec_\d+__point_\d+$/);
      await box(page).press('Enter');
      await expect(page).toHaveURL(href);
      await expect(page.locator(`[id="${href.split('#')[1] ?? ''}"]`)).toBeInViewport();
    });
  });
}

test('nothing search-related is requested before the first interaction', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`/zh-hant/${DOC_ID}/`);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.startsWith('/search/'))).toEqual([]);
  const scriptsOnLoad = new Set(requests.filter((path) => path.endsWith('.js')));

  // A document page searches the document (本文件): its own file, and nothing of the portal.
  const index = page.waitForRequest((request) => request.url().endsWith(`/search/doc/${DOC_ID}/zh-hant.json`));
  await box(page).focus();
  await index;
  await page.waitForLoadState('networkidle');
  // The engine arrives as its own chunk on first use, not with the page.
  expect(requests.filter((path) => path.endsWith('.js') && !scriptsOnLoad.has(path)).length).toBeGreaterThan(0);

  // Loaded once, then cached: more searches make no more requests.
  const count = requests.length;
  await search(page, '产业');
  await search(page, '集群');
  expect(requests.length).toBe(count);
  expect(requests.filter((path) => path.startsWith('/search/portal/'))).toEqual([]);
});

test('the home page has the search box and loads nothing until used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/search/'))).toEqual([]);
  await box(page).pressSequentially('obm');
  await expect(options(page).and(page.locator(`[href="/zh-hans/${DOC_ID}/#att_1__sec_2__point_4"]`))).toHaveCount(1);
});

test('a reader who types before the site script has arrived gets results when it does', async ({ page }) => {
  // The script comes after the text has painted; hold it back until the reader has typed.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/site-[A-Za-z0-9]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/zh-hans/${DOC_ID}/`);
  await box(page).fill('贴牌生产');
  await expect(page.locator('html')).not.toHaveAttribute('data-reader', 'ready');
  release();
  await expect(panelMessage(page)).toHaveText(/找到/);
  await expect(options(page).first()).toHaveAttribute('href', new RegExp(`^/zh-hans/${DOC_ID}/#`));
});

test('a query that looks like HTML is shown as text and never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const query = '<img src=x onerror=alert(1)><b>粗</b>';
  await page.goto(`/zh-hans/${DOC_ID}/`);
  await search(page, query);
  await expect(panelMessage(page)).toHaveText(`未找到与“${query}”相关的条款`);
  await expect(page.locator('[role=search] img, [role=search] b')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('keyboard: / and Ctrl+K focus, arrows move, Esc closes', async ({ page }) => {
  await page.goto(`/zh-hans/${DOC_ID}/`);
  await page.locator('body').click();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('');

  await page.keyboard.type('产业链');
  await expect(options(page).nth(2)).toBeVisible();
  // At least the three clauses of the notice; the wrap-around below works for any count.
  const count = await options(page).count();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  const listId = await box(page).getAttribute('aria-controls');
  expect(await page.locator(`[id="${listId}"]`).getAttribute('role')).toBe('listbox');

  const activeId = () => box(page).getAttribute('aria-activedescendant');
  await page.keyboard.press('ArrowDown');
  expect(await activeId()).toBe(await options(page).nth(0).getAttribute('id'));
  await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await activeId()).toBe(await options(page).nth(2).getAttribute('id'));
  for (let i = 3; i < count; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await activeId()).toBe(await options(page).nth(0).getAttribute('id'));
  await page.keyboard.press('ArrowUp');
  expect(await activeId()).toBe(
    await options(page)
      .nth(count - 1)
      .getAttribute('id'),
  );

  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(box(page)).not.toHaveAttribute('aria-activedescendant');

  await page.locator('h1').click();
  await expect(box(page)).not.toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();

  // Focusing again reopens the results of the query still in the box; Enter opens the highlighted one.
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = await options(page).nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(second ?? 'missing');
});

test('"/" typed into the search box is text, not a shortcut', async ({ page }) => {
  await page.goto(`/zh-hans/${DOC_ID}/`);
  await box(page).click();
  await page.keyboard.type('50/');
  await expect(box(page)).toHaveValue('50/');
});

test('Chinese IME: no search on half-composed pinyin, and no character lost on commit', async ({ page }) => {
  await page.goto(`/zh-hans/${DOC_ID}/`);
  const root = page.locator('[data-search="zh-hans"]');
  // Hold the document's search file back, so the engine becomes ready in the middle of a composition:
  // the case where a finished load must not search the pinyin shown so far.
  let release = (): void => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`**/search/doc/${DOC_ID}/zh-hans.json`, async (route) => {
    await held;
    await route.continue();
  });
  await box(page).focus();
  await expect(root).toHaveAttribute('data-state', 'loading');
  const cdp = await page.context().newCDPSession(page);

  // Pinyin being composed: the box shows it, but nothing is searched ("chan" would match nothing anyway;
  // "ODM" is in the text, so a search on composition text would show a result).
  await cdp.send('Input.imeSetComposition', { text: 'o', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: 'od', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'odm', selectionStart: 3, selectionEnd: 3 });
  await expect(box(page)).toHaveValue('odm');
  release();
  // data-state="ready" is set as the engine arrives: from here a search of "odm" would already be shown.
  await expect(root).toHaveAttribute('data-state', 'ready');
  await expect(options(page)).toHaveCount(0);
  await expect(panelMessage(page)).toBeHidden();

  // Committing replaces the pinyin with the characters and searches them.
  await cdp.send('Input.insertText', { text: '产业' });
  await expect(box(page)).toHaveValue('产业');
  await expect(options(page).first()).toBeVisible();

  // A second composition, with the engine ready (every input event would search at once): it
  // continues after the first, and "产业lian" is not searched (it would say 未找到).
  await cdp.send('Input.imeSetComposition', { text: 'lian', selectionStart: 4, selectionEnd: 4 });
  await expect(box(page)).toHaveValue('产业lian');
  await expect(panelMessage(page)).toHaveText(/^找到/);
  await cdp.send('Input.insertText', { text: '链' });
  await expect(box(page)).toHaveValue('产业链');
  // The three clauses of the notice that say 产业链: the query was 产业链, not 产业 or 产业lian.
  await expect(options(page).and(page.locator(`[href^="/zh-hans/${DOC_ID}/#"]`))).toHaveCount(3);
});

test.describe('全部文件: searching every document', () => {
  test('a document page searches 本文件 until the reader picks 全部文件, then finds a clause in another document and opens it at its anchor', async ({
    page,
  }) => {
    await page.goto(`/zh-hans/${DOC_ID}/`);
    await search(page, '投资强度不得低于');
    await expect(panelMessage(page)).toHaveText(/未找到/);
    await expect(page.locator('[data-search]')).toHaveAttribute('data-scope', 'document');
    await page.getByRole('radio', { name: '全部文件' }).check();
    await expect(page.locator('[data-search]')).toHaveAttribute('data-scope', 'portal');
    const option = options(page).first();
    await expect(option).toHaveAttribute('href', '/zh-hans/sample-2024-17/#att_1__art_6');
    // The document comes first in the path: its short title and 文号.
    await expect(option.locator('.search-path')).toContainText(
      '关于印发《示例市产业园区管理办法》的通知（示发改〔2024〕17号）',
    );
    await option.click();
    await expect(page).toHaveURL(/\/zh-hans\/sample-2024-17\/#att_1__art_6$/);
    await expect(page.locator('#att_1__art_6')).toBeInViewport();
  });

  test('Tab from the box reaches the choice of scope, and the arrow keys change it', async ({ page }) => {
    await page.goto(`/zh-hant/${DOC_ID}/`);
    await search(page, '集體商標');
    await box(page).press('Tab');
    await expect(page.getByRole('radio', { name: '本文件' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: '全部文件' })).toBeChecked();
    await expect(page.locator('[data-search]')).toHaveAttribute('data-scope', 'portal');
    await expect(panelMessage(page)).toHaveText(/找到 \d+ 條/);
  });

  test('the home page searches every document: a 文号 query finds its document first', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('radio', { name: '全部文件' })).toBeHidden();
    await search(page, '2897号');
    await expect(options(page).first()).toHaveAttribute('href', `/zh-hans/${DOC_ID}/#preface`);
    await search(page, '示例市人民政府令第9号');
    await expect(options(page).first()).toHaveAttribute('href', '/zh-hans/sample-order-9/#preface');
  });

  test('exact, across scripts: a traditional query finds simplified text, and 电子商务 finds nothing', async ({
    page,
  }) => {
    await page.goto('/zh-hans/');
    await search(page, '裝備製造、新材料');
    await expect(options(page).first()).toHaveAttribute('href', '/zh-hans/sample-2024-31/#att_1__preamble');
    await search(page, '电子商务');
    await expect(panelMessage(page)).toHaveText(/未找到/);
    await expect(options(page)).toHaveCount(0);
  });

  test('on the home page nothing is fetched before the first interaction; then the portal index, and no document files the query does not need', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/zh-hant/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.startsWith('/search/'))).toEqual([]);
    await search(page, '墊資');
    expect(requests).toContain('/search/portal/docs.json');
    expect(requests).toContain('/search/fold.json');
    const documents = requests.filter((path) => path.startsWith('/search/doc/'));
    expect(documents).toEqual(['/search/doc/sample-order-9/zh-hant.json']);
  });
});

test.describe('more results, a page at a time', () => {
  const hrefs = (page: Page) => options(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
  const moreButton = (page: Page) => page.getByRole('button', { name: '显示更多结果' });

  test('全部文件 shows ten, then ten more from 显示更多结果 or ArrowDown on the last, the first ten in place', async ({
    page,
  }) => {
    await page.goto('/zh-hans/');
    await search(page, '发展');
    await expect(options(page)).toHaveCount(10);
    await expect(panelMessage(page)).toHaveText(/^找到 \d+ 条以上，显示前 10 条$/);
    const firstTen = await hrefs(page);
    await moreButton(page).click();
    await expect(options(page)).toHaveCount(20);
    expect((await hrefs(page)).slice(0, 10)).toEqual(firstTen);
    // Clicking the button keeps the reader in the box, where the arrows go on through the list.
    await expect(box(page)).toBeFocused();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(19)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    // 发展 is in 21 clauses of the notice alone, so there is a third page.
    await expect(options(page).nth(20)).toBeAttached();
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(20)).toHaveAttribute('aria-selected', 'true');
    await expect(options(page).nth(20)).toBeInViewport();
  });

  test('本文件 shows twenty, then the rest; no button once everything is shown', async ({ page }) => {
    await page.goto(`/zh-hans/${DOC_ID}/`);
    await search(page, '产业');
    const total = Number(/^找到 (\d+) 条/.exec((await panelMessage(page).textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    await expect(options(page)).toHaveCount(20);
    await moreButton(page).click();
    await expect(options(page)).toHaveCount(Math.min(total, 40));
    if (total > 40) await moreButton(page).click();
    await expect(options(page)).toHaveCount(Math.min(total, 60));
    await expect(panelMessage(page)).toHaveText(total > 60 ? /显示前 60 条/ : `找到 ${total} 条`);
  });
});
