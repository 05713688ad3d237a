/**
 * axe-core in a page: injects the engine (from the axe-core package, no network) and returns the
 * violations as short lines that a failing assertion prints.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

type AxeViolation = { id: string; impact?: string | null; nodes: { target: unknown[] }[] };

declare global {
  interface Window {
    /** Present once axeViolations() has injected the engine. */
    axe?: {
      run(
        context: Document,
        options: { resultTypes: string[] },
      ): Promise<{
        violations: AxeViolation[];
      }>;
    };
  }
}

const require = createRequire(import.meta.url);
let engine: Promise<string> | undefined;

function axeSource(): Promise<string> {
  engine ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return engine;
}

/** "rule (impact): selector, selector" for each violated rule; empty when the page passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await axeSource());
  return page.evaluate(async () => {
    if (window.axe === undefined) throw new Error('axe-core did not load');
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? '?'}): ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  });
}
