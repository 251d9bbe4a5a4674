import { test } from '@playwright/test';
import { SCRIPTS } from '../../lib/shared/types';
import { expectNoAxeViolations } from './axe';
import { pagesOfKind } from './site-pages';

/** Phone (a common 390 px wide handset) and desktop widths: layouts differ, so do violations. */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/**
 * One or more pages of each type, in both scripts. Page types come from the export, so clause pages
 * are covered as soon as they exist; of those, the first and the most deeply nested are enough to
 * cover the template (every clause page is still validated and link-checked by the other gates).
 */
function pagesToCheck(): { label: string; urlPath: string }[] {
  const list = [{ label: 'home', urlPath: '/' }];
  for (const script of SCRIPTS) {
    for (const page of pagesOfKind('script-home', script))
      list.push({ label: `${script} home`, urlPath: page.urlPath });
    // One page of each listing template: all documents, each facet's index, and one value of each facet.
    const templates = new Set<string>();
    for (const page of pagesOfKind('listing', script)) {
      const [, , folder, value] = page.urlPath.split('/');
      const template = `${folder}/${value ? 'value' : ''}`;
      if (!templates.has(template)) list.push({ label: `${script} listing`, urlPath: page.urlPath });
      templates.add(template);
    }
    for (const page of pagesOfKind('document', script))
      list.push({ label: `${script} document`, urlPath: page.urlPath });
    const clauses = pagesOfKind('clause', script);
    const deepest = [...clauses].sort((a, b) => b.urlPath.length - a.urlPath.length)[0];
    for (const page of new Set([clauses[0], deepest]))
      if (page) list.push({ label: `${script} clause`, urlPath: page.urlPath });
    // The static host serves 404.html for any unknown URL; reach it from inside each script's tree.
    list.push({ label: `${script} 404`, urlPath: `/${script}/no-such-page/` });
  }
  return list;
}

for (const viewport of VIEWPORTS) {
  test.describe(`axe at ${viewport.name} width (${viewport.width}px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    for (const { label, urlPath } of pagesToCheck()) {
      test(`${label} ${urlPath} has no axe violations`, async ({ page }) => {
        const response = await page.goto(urlPath);
        if (label.endsWith('404')) test.expect(response?.status()).toBe(404);
        else test.expect(response?.status()).toBe(200);
        await expectNoAxeViolations(page);
      });
    }
  });
}

// The results panel is closed during the page scans above: check it open, with more results than it
// shows at once (it scrolls), in both colour schemes; dark mode once left it white with 2:1 text.
for (const viewport of VIEWPORTS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`axe with search results open, ${viewport.name}, ${colorScheme}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height }, colorScheme });
      for (const script of SCRIPTS) {
        test(`${script}: a query with many results`, async ({ page }) => {
          const [doc] = pagesOfKind('document', script);
          if (!doc) throw new Error(`no ${script} document page in out/`);
          await page.goto(doc.urlPath);
          await page.getByRole('combobox').fill(script === 'zh-hans' ? '产业' : '產業');
          await test.expect(page.locator('[data-search]')).toHaveAttribute('data-state', 'ready');
          const panel = page.locator('[data-search-panel]');
          await test.expect(panel).toBeVisible();
          test.expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
          await expectNoAxeViolations(page);
        });
      }
    });
  }
}
