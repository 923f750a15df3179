/**
 * Shared test setup: axe-core is injected into every page once, before the page's own scripts, and run in the page.
 * (Axe's Playwright wrapper re-injects itself on every call, which makes a sweep of every page several times slower.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';
import { ROOT_URL } from './servers';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe violations on the page as it is now, one line each: "rule: selector, selector". */
export async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }, WCAG_TAGS);
}

/** Presses a search shortcut once the header's search script is listening (pages load their scripts after the HTML). */
export async function pressSearchShortcut(page: Page, key = '/'): Promise<void> {
  await page.locator('search-launcher[data-ready]').waitFor({ state: 'attached' });
  await page.keyboard.press(key);
}

export const test = base.extend<object, { sweepPage: Page }>({
  context: async ({ context }, use) => {
    await context.addInitScript(AXE_SOURCE);
    await use(context);
  },
  /** One page per worker, reused by the page sweep: a fresh context for each of hundreds of pages costs more than the checks. */
  sweepPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: ROOT_URL });
      await context.addInitScript(AXE_SOURCE);
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };
