import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// Types from the builder itself: axe-core is its dependency, not ours.
type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Result = AxeResults['violations'][number];

/**
 * WCAG 2.2 A, AA and AAA, and the 2.0/2.1 rules it includes. axe measures little of AAA (chiefly
 * `color-contrast-enhanced`, 7:1 for text), but what it measures must hold.
 */
export const wcagTags = [
  'wcag2a',
  'wcag2aa',
  'wcag2aaa',
  'wcag21a',
  'wcag21aa',
  'wcag21aaa',
  'wcag22a',
  'wcag22aa',
  'wcag22aaa',
];

/**
 * Best-practice rules run as well, each for a defect once found: `landmark-unique` (two
 * regions with one name, as a section and its table's scroll box once had on /admin/survey).
 */
const extraRules = ['landmark-unique'];

/** Runs axe on the page as it is now. No rule is disabled: add one only with its reason. */
export function runAxe(page: Page): Promise<AxeResults> {
  return (
    new AxeBuilder({ page })
      .options({
        runOnly: { type: 'tag', values: wcagTags },
        rules: Object.fromEntries(extraRules.map((id) => [id, { enabled: true }])),
      })
      // Legacy mode runs axe in the page itself. The default mode opens an extra blank page per
      // run to merge results across frames, which doubles the time; our pages have no frames.
      .setLegacyMode(true)
      .analyze()
  );
}

/** One readable block per violation: rule, impact, what to do, and every element at fault. */
export function formatViolations(violations: Result[], where: string): string {
  const blocks = violations.map((v) => {
    const nodes = v.nodes.map((node) => {
      const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' ');
      const why = (node.failureSummary ?? '').split('\n').map((line) => `        ${line.trim()}`);
      return [`    - ${target}`, ...why].join('\n');
    });
    return [`  ${v.id} (${v.impact ?? 'no impact'}): ${v.help}`, `    ${v.helpUrl}`, ...nodes].join(
      '\n',
    );
  });
  return `${violations.length} accessibility violation(s) on ${where}:\n${blocks.join('\n')}`;
}
