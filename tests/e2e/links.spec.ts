import { expect, test } from '@playwright/test';
import { LinkChecker, LinkState } from 'linkinator';
import { sitePaths } from './site-pages';

test('no broken link or anchor on any page (linkinator --recurse --check-fragments over the served export)', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  if (!baseURL) throw new Error('baseURL is not configured');
  const origin = new URL(baseURL).origin;
  // Start from every page in out/, not only /, so a page nothing links to yet is still checked;
  // /404.html is the not-found page requested by its own name (status 200), so its links get crawled too.
  const starts = [...sitePaths(), '/404.html'].map((urlPath) => new URL(urlPath, origin).href);
  const external = new Set<string>();
  const result = await new LinkChecker().check({
    path: starts,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    // CI has no network beyond the package registries: other origins are listed, not fetched.
    linksToSkip: async (link) => {
      const isExternal = new URL(link, origin).origin !== origin;
      if (isExternal) external.add(link);
      return isExternal;
    },
    concurrency: 8,
    timeout: 10_000,
  });
  const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.status ?? 'error'} ${link.url} (linked from ${link.parent ?? 'start'})`);
  console.log(
    `linkinator: ${checked.length} links checked from ${starts.length} start pages, ${broken.length} broken, ${external.size} external not fetched`,
  );
  if (external.size > 0) console.log(`external links: ${[...external].sort().join(' ')}`);
  // A crawl that found nothing would pass trivially: it must at least reach every page it started from.
  expect(checked.length).toBeGreaterThanOrEqual(starts.length);
  expect(broken, broken.join('\n')).toEqual([]);
});
