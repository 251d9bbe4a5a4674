/**
 * A first search in Chromium, as a reader makes it: a fresh browser context (empty cache), the page
 * loaded, the box focused, the query typed. Measures what search transfers (everything fetched from
 * the focus on, gzip as served) and the time from the keystroke to the first result on screen.
 */
import { chromium, type Browser } from '@playwright/test';

declare global {
  interface Window {
    searchStart?: number;
    firstResult?: number;
  }
}

export interface SearchRun {
  bytes: number;
  requests: number;
  firstResultMs: number;
  results: number;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** One first search on `page` (a URL path) for `query`; `scope` picks 全部文件 on a document's page. */
export async function firstSearch(
  browser: Browser,
  origin: string,
  { page: path, query, portal }: { page: string; query: string; portal: boolean },
): Promise<SearchRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const sizes: Array<Promise<number>> = [];
  page.on('requestfinished', (request) => {
    sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
  });
  const box = page.getByRole('combobox');
  await box.focus();
  if (portal) await page.locator('input[name="search-scope"][value="portal"]').check({ force: true });
  await page.waitForFunction(() => document.querySelector('[data-search]')?.getAttribute('data-state') === 'ready');
  await page.evaluate(() => {
    const list = document.querySelector('[role="listbox"]');
    const input = document.querySelector('[role="combobox"]');
    input?.addEventListener('input', () => (window.searchStart ??= performance.now()), { capture: true });
    new MutationObserver(() => {
      if (list?.firstElementChild) window.firstResult ??= performance.now();
    }).observe(list ?? document.body, { childList: true });
  });
  await box.fill(query);
  await page.waitForSelector('[role="option"]', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => (window.firstResult ?? 0) - (window.searchStart ?? 0));
  const results = await page.locator('[role="option"]').count();
  const received = await Promise.all(sizes);
  await context.close();
  return { bytes: received.reduce((a, b) => a + b, 0), requests: received.length, firstResultMs: timing, results };
}
