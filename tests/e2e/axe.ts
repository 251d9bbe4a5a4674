import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core (all rules it enables by default: WCAG 2.x A/AA and best practices) on the page
 * as it is now, and fails listing each violation with the elements it hit. Other e2e tests can call
 * it after opening a dialog or menu to check that state too.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary ?? ''}`.replace(/\n/g, ' ')).join('\n')}`,
  );
  expect(summary, `axe violations on ${page.url()}:\n${summary.join('\n')}`).toEqual([]);
}
