import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// The WCAG 2.2 AA rule set (axe's tags are cumulative per level, so 2.0 A
// and AA, 2.1 A and AA and 2.2 AA together make "2.2 AA").
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on what the page shows now and fails on any serious or critical
 * violation, listing each rule with the elements it found, so a failure says
 * what to fix without opening the trace. Any spec can call it after a step
 * that shows something new (a dialog, a drawer).
 */
export async function expectNoSeriousA11yViolations(page: Page, what: string) {
  // Pages load their data after the first paint; a check on a loader would
  // pass vacuously.
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`);
  expect(serious, `axe on ${what}`).toEqual([]);
}
