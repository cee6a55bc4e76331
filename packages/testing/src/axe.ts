import 'axe-core/axe.min.js'; // UMD: evaluated in the browser it sets window.axe
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the RGAA 4.1 baseline. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on `context` with the WCAG A/AA tags and returns the violations. */
export async function axeViolations(
  context: Element | Document = document,
  options: RunOptions = {},
): Promise<AxeResults['violations']> {
  const results = await window.axe.run(context, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
    ...options,
  });
  return results.violations;
}

/** Throws a readable error listing each violation with its rule, impact and targets. */
export async function expectNoAxeViolations(
  context: Element | Document = document,
  options: RunOptions = {},
) {
  const violations = await axeViolations(context, options);
  if (violations.length === 0) return;
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
  throw new Error(`axe found ${violations.length} violation(s):\n${report}`);
}
