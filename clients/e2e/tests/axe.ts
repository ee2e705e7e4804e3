import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// axe for every spec, in one place. Legacy mode runs axe.run in the page itself: the default (runPartial) opens a
// blank page for every analysis to merge the frames' results, which doubled the cost of each check, and no screen
// of ours has a frame from another origin, the one thing legacy mode cannot look into.

/** AA is the legal floor (JIS X 8341-3), AAA what ARCHITECTURE.md asks of our screens. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every WCAG 2 A/AA/AAA (2.0–2.2) rule's violations on the page as it is now. */
export async function axeViolations(page: Page) {
  return violationsOf(await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode().analyze());
}

/**
 * axeViolations restricted to axe's rules tagged cat.color (contrast, enhanced contrast, links told apart by colour),
 * the only ones whose outcome depends on colour: a theme changes CSS colours and nothing else, so these are the rules
 * a second theme on the same screen can fail where the first passed.
 */
export async function axeColourViolations(page: Page) {
  return violationsOf(await new AxeBuilder({ page }).withTags(['cat.color']).setLegacyMode().analyze());
}

/** What a failing expectation should print: each violated rule and the elements that break it. */
function violationsOf(results: Awaited<ReturnType<AxeBuilder['analyze']>>) {
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}
