/**
 * Documents numbered as regulations (编、章、节、条、款、项、目), from the fixture documents built into the
 * tested export: ids on the page in both scripts, a page per 章、节、条, citations, search and the navigator.
 */
import { expect, test, type Page } from '@playwright/test';

const SCRIPTS = ['zh-hans', 'zh-hant'] as const;
/** A 通知 whose annex is a 办法 with 章, 节, 条, 款, 项 and 目. */
const MEASURES = 'sample-2024-17';
/** A 令 whose body is the regulation itself, numbered 示例市人民政府令第9号. */
const ORDER = 'sample-order-9';
/** A 通知 with two annexes, the first a table. */
const TABLES = 'sample-2024-31';

/** Ids written out from the content format's scheme (README), not computed by the build. */
const MEASURE_IDS = [
  'att_1__chp_1',
  'att_1__art_1',
  'att_1__art_2__para_2',
  'att_1__art_3__intro',
  'att_1__art_3__point_3',
  'att_1__chp_2__sec_1',
  'att_1__art_5__para_1__point_3__point_2',
  'att_1__art_5__para_2',
  'att_1__chp_2__sec_2',
  'att_1__chp_3',
  'att_1__art_8',
];

for (const script of SCRIPTS) {
  test.describe(`${script}: a regulation`, () => {
    test('every level has its id on the document page, in the order the text gives', async ({ page }) => {
      await page.goto(`/${script}/${MEASURES}/`);
      const ids = await page.locator('section.clause[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
      const positions = MEASURE_IDS.map((id) => ids.indexOf(id));
      expect(
        positions.every((at) => at >= 0),
        `missing: ${MEASURE_IDS.filter((_, i) => positions[i] === -1)}`,
      ).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      // A 款 id exists only where an article has several: 第一条 has one, so no art_1__para_1.
      expect(ids).not.toContain('att_1__art_1__para_1');
      await expect(page.locator('#att_1__art_5__para_1__point_3__point_2')).toContainText(
        script === 'zh-hans' ? '研发、检测、培训等公共服务平台' : '研發、檢測、培訓等公共服務平臺',
      );
    });

    test('the navigator lists the 章, 节 and 条, and leads to them', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${script}/${ORDER}/`);
      const nav = page.getByRole('navigation', { name: script === 'zh-hans' ? '目录' : '目錄' });
      await expect(
        nav.getByRole('link', { name: script === 'zh-hans' ? '第二章　项目决策' : '第二章　項目決策' }),
      ).toBeVisible();
      const article = nav.getByRole('link', { name: script === 'zh-hans' ? '第十二条' : '第十二條', exact: true });
      await article.click();
      await expect(page).toHaveURL(new RegExp(`/${script}/${ORDER}/#art_12$`));
      await expect(page.locator('#art_12')).toBeInViewport();
    });

    test('an article has a page of its own, under its 章 and 节', async ({ page }) => {
      await page.goto(`/${script}/${MEASURES}/att_1__art_5/`);
      await expect(page.locator('h1')).toHaveText(script === 'zh-hans' ? '第五条' : '第五條');
      const crumbs = page.getByRole('navigation', { name: script === 'zh-hans' ? '当前位置' : '當前位置' });
      await expect(crumbs).toContainText(script === 'zh-hans' ? '第二章　规划与建设' : '第二章　規劃與建設');
      await expect(crumbs).toContainText(script === 'zh-hans' ? '第一节　规划' : '第一節　規劃');
      await expect(page.locator('main')).toContainText(
        script === 'zh-hans' ? '产业园区规划确需调整的' : '產業園區規劃確需調整的',
      );
      // Not the next article's words.
      await expect(page.locator('main')).not.toContainText(script === 'zh-hans' ? '投资强度' : '投資強度');
      await expect(page.locator('a[rel="next"]')).toHaveAttribute(
        'href',
        `/${script}/${MEASURES}/att_1__chp_2__sec_2/`,
      );
    });

    test('a chapter and a section have pages too', async ({ page }) => {
      for (const id of ['att_1__chp_2', 'att_1__chp_2__sec_1']) {
        const response = await page.goto(`/${script}/${MEASURES}/${id}/`);
        expect(response?.status(), id).toBe(200);
      }
      await expect(page.locator('h1')).toHaveText(script === 'zh-hans' ? '第一节　规划' : '第一節　規劃');
    });
  });
}

/** Clicks a clause's 复制引用 and returns what reached the clipboard. */
async function copiedCitation(page: Page, id: string): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  // With a mouse, a clause's buttons show while the pointer is on its text.
  await page.locator(`[id="${id}"] > p`).first().hover();
  await page.locator(`[id="${id}"] > .clause-actions [data-action="copy-cite"]`).click();
  await page.locator(`[id="${id}"] > .clause-actions [data-format="chinese"]`).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('\n');
  return page.evaluate(() => navigator.clipboard.readText());
}

test('复制引用 cites a 目 of a 项 of a 款 the way an official writes it, with its link', async ({ page }) => {
  await page.goto(`/zh-hans/${MEASURES}/`);
  const text = await copiedCitation(page, 'att_1__art_5__para_1__point_3__point_2');
  const [citation, url] = text.split('\n');
  expect(citation).toBe('《示例市产业园区管理办法》（示发改〔2024〕17号附件）第五条第一款第（三）项第2目');
  expect(url).toMatch(new RegExp(`/zh-hans/${MEASURES}/#att_1__art_5__para_1__point_3__point_2$`));
});

test('複製引用 in traditional: a 令 is cited by its number, with no 〔〕 and no 章', async ({ page }) => {
  await page.goto(`/zh-hant/${ORDER}/`);
  const [citation] = (await copiedCitation(page, 'art_5__point_2')).split('\n');
  expect(citation).toBe('《示例市政府投資項目管理規定》（示例市人民政府令第9號）第五條第（二）項');
});

test('search finds an article by a phrase in it, in either script, and opens it at its anchor', async ({ page }) => {
  await page.goto(`/zh-hans/${MEASURES}/`);
  const box = page.getByRole('combobox');
  await box.fill('投資強度不得低於');
  const option = page.getByRole('option').filter({ hasText: '第六条' });
  await expect(option.first()).toHaveAttribute('href', `/zh-hans/${MEASURES}/#att_1__art_6`);
  await option.first().click();
  await expect(page).toHaveURL(new RegExp(`#att_1__art_6$`));
  await expect(page.locator('#att_1__art_6')).toBeInViewport();
});

test('a table is named by its caption, heads its columns, and scrolls in its own box on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/zh-hant/${TABLES}/`);
  const region = page.getByRole('region', { name: '第一批市級產業園區名單' });
  await expect(region).toBeVisible();
  const table = region.getByRole('table', { name: '第一批市級產業園區名單' });
  await expect(table.getByRole('columnheader', { name: '主導產業' })).toHaveAttribute('scope', 'col');
  await expect(table.getByRole('cell', { name: '裝備製造、新材料' })).toBeVisible();
  // The page never scrolls sideways; the table's box may.
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
});

test.describe('clause actions on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  for (const path of [`/zh-hans/${MEASURES}/att_1__art_5/`, `/zh-hant/${MEASURES}/`]) {
    test(`${path}: no two rows of 复制链接 / 复制引用 lie over each other (a 项 with 目, a 款 with 项)`, async ({
      page,
    }) => {
      await page.goto(path);
      const rows = page.locator('.clause-actions');
      await expect(rows.first()).toBeVisible();
      const boxes = await rows.evaluateAll((nodes) =>
        nodes.map((node) => {
          const { top, bottom } = node.getBoundingClientRect();
          return { id: node.parentElement?.id ?? '', top, bottom };
        }),
      );
      const overlapping = boxes.flatMap((a, i) =>
        boxes.slice(i + 1).flatMap((b) => (a.top < b.bottom - 1 && b.top < a.bottom - 1 ? [`${a.id} / ${b.id}`] : [])),
      );
      expect(overlapping).toEqual([]);
    });
  }
});
