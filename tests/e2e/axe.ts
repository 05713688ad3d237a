/**
 * axe-core in a real page: its source is evaluated there and run; the answer is the
 * list of violations, each with its rule, impact and the elements it found. axe-core is a
 * devDependency; AXE_CORE_PATH may name its axe.min.js elsewhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

let source: string | undefined;

function axeSource(): string {
  if (source !== undefined) return source;
  const path =
    process.env.AXE_CORE_PATH ?? createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  source = readFileSync(path, 'utf8');
  return source;
}

export type AxeViolation = { id: string; impact: string; nodes: string[] };

/** Runs axe on the page as it is now (WCAG 2.x A and AA, and best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no inline scripts) allows.
  await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe: unknown = Reflect.get(window, 'axe');
    if (typeof axe !== 'object' || axe === null) throw new Error('axe did not load');
    const run: unknown = Reflect.get(axe, 'run');
    if (typeof run !== 'function') throw new Error('axe.run is missing');
    const result: unknown = await Reflect.apply(run, axe, [
      document,
      {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        },
      },
    ]);
    const violations: unknown = Reflect.get(Object(result), 'violations');
    if (!Array.isArray(violations)) return [];
    return violations.map((violation: unknown) => {
      const nodes: unknown = Reflect.get(Object(violation), 'nodes');
      return {
        id: String(Reflect.get(Object(violation), 'id')),
        impact: String(Reflect.get(Object(violation), 'impact')),
        nodes: Array.isArray(nodes)
          ? nodes.map((node: unknown) => String(Reflect.get(Object(node), 'html')).slice(0, 160))
          : [],
      };
    });
  });
}
