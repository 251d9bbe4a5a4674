/**
 * Zero Content-Security-Policy violations and zero console errors, with the policy the server sends
 * (express and nginx projects): every page type in both scripts, and everything a reader does on them
 * (search, the script toggle, the phone navigator dialog, the copy buttons). Violations are caught
 * with a `securitypolicyviolation` listener installed before any page script runs; a control test
 * injects inline code to prove the listener and the policy really catch it.
 */
import { expect, test, type Page } from '@playwright/test';
import { SCRIPTS } from '../../lib/shared/types';
import { documentUrl } from '../helpers/content';
import { pagesOfKind, type SitePage } from './site-pages';

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void;
  }
}

/** Collects violations and console errors on `page` from here on, across navigations. */
async function watch(page: Page, expected404?: string): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__reportCspViolation?.(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  page.on('console', (message) => {
    // Chromium reports a page answered with 404 as a failed load: expected where the test asked for one.
    const the404 = expected404 !== undefined && message.location().url.endsWith(expected404);
    if (message.type() === 'error' && !(the404 && message.text().includes('404')))
      problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

/** Opens a page and checks the policy was there to be violated: a missing CSP would pass vacuously. */
async function open(page: Page, urlPath: string, status = 200): Promise<void> {
  const response = await page.goto(urlPath);
  expect(response?.status(), urlPath).toBe(status);
  expect(response?.headers()['content-security-policy'] ?? '').toContain("default-src 'none'");
}

async function readerReady(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-reader', 'ready');
}

async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('combobox').fill(query);
  await expect(page.locator('[data-search]')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
}

function pagesToVisit(): SitePage[] {
  const kinds = ['home', 'script-home', 'document', 'clause'] as const;
  return kinds.flatMap((kind) =>
    kind === 'home' ? pagesOfKind(kind) : SCRIPTS.flatMap((script) => pagesOfKind(kind, script).slice(0, 1)),
  );
}

test('every page type in both scripts loads with no CSP violation and no console error', async ({ page }) => {
  const problems = await watch(page, '/no-such-page/');
  const visited = pagesToVisit();
  expect(visited.length).toBeGreaterThanOrEqual(7);
  for (const sitePage of visited) {
    await open(page, sitePage.urlPath);
    if (sitePage.kind === 'document' || sitePage.kind === 'clause') await readerReady(page);
    await page.waitForLoadState('networkidle');
  }
  for (const script of SCRIPTS) await open(page, `/${script}/no-such-page/`, 404);
  expect(problems).toEqual([]);
});

for (const script of SCRIPTS) {
  test(`${script}: search, copy buttons, phone navigator and the toggle run with no violation or error`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const problems = await watch(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, documentUrl(script));
    await readerReady(page);
    await search(page, script === 'zh-hans' ? '产业集群' : '產業集群');
    await page.keyboard.press('Escape');
    await page.locator('.clause-actions button').first().click();
    await page.locator('.clause-actions button').nth(1).click();
    await expect(page.locator('#reader-status')).not.toBeEmpty();
    const toc = page.getByRole('button', { name: script === 'zh-hans' ? '目录' : '目錄' });
    await toc.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.locator('.script-toggle a').click();
    await expect(page).toHaveURL(new RegExp(documentUrl(script === 'zh-hans' ? 'zh-hant' : 'zh-hans')));
    await readerReady(page);
    await open(page, '/');
    await search(page, '产业');
    expect(problems).toEqual([]);
  });
}

test('control: inline code the build did not hash is blocked and reported', async ({ page }) => {
  const problems = await watch(page);
  await open(page, documentUrl('zh-hans'));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.head.append(script);
    document.body.setAttribute('style', 'background: red');
  });
  await expect.poll(() => problems.filter((problem) => problem.startsWith('CSP violation')).length).toBe(2);
  expect(await page.title()).not.toBe('injected');
});
