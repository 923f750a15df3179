import { RANKING } from '../../src/components/search/ranking';
import { RELEVANCE_QUERIES } from '../search/relevance-queries';
import { axeViolations, expect, pressSearchShortcut, test } from './fixtures';

test('relevance: the expected page is in the top three for at least 90% of real queries', async ({ page }) => {
  await page.goto('/');
  const results = await page.evaluate(async ({ queries, ranking }) => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    await pagefind.options({ ranking });
    const out: Array<{ query: string; top: string[] }> = [];
    for (const query of queries) {
      const search = await pagefind.search(query);
      const top = await Promise.all(search.results.slice(0, 3).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
      out.push({ query, top });
    }
    return out;
  }, { queries: RELEVANCE_QUERIES.map((q) => q.query), ranking: RANKING });

  const misses = RELEVANCE_QUERIES.filter((q, i) => !results[i].top.some((url) => q.expect.includes(url)));
  const rate = (RELEVANCE_QUERIES.length - misses.length) / RELEVANCE_QUERIES.length;
  console.log(`Search relevance: ${RELEVANCE_QUERIES.length - misses.length}/${RELEVANCE_QUERIES.length} queries hit (${(rate * 100).toFixed(1)}%)`);
  for (const miss of misses) console.log(`  miss: "${miss.query}" (${miss.who}) → ${results[RELEVANCE_QUERIES.indexOf(miss)].top.join(', ') || 'no results'}`);
  expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(40);
  expect(rate).toBeGreaterThanOrEqual(0.9);
});

test('the header search opens with "/" and Ctrl+K, finds a page, and Escape closes it and returns focus', async ({ page }) => {
  await page.goto('/permanence/');
  await pressSearchShortcut(page);
  const dialog = page.locator('pagefind-modal dialog[open]');
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox').or(dialog.locator('input')).first();
  await expect(input).toBeFocused();
  await input.fill('special guardianship');
  const firstResult = dialog.locator('a[href*="/"]').filter({ hasText: /guardianship/i }).first();
  await expect(firstResult).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await pressSearchShortcut(page, 'Control+k');
  await expect(page.locator('pagefind-modal dialog[open]')).toBeVisible();
  await page.keyboard.press('Escape');
});

test('the header form opens search with what was typed, and arrow keys move through results', async ({ page }) => {
  await page.goto('/');
  await page.locator('search-launcher[data-ready]').waitFor({ state: 'attached' });
  await page.getByRole('searchbox', { name: 'Search the knowledge base' }).first().fill('SGO');
  await page.getByRole('button', { name: 'Search', exact: true }).first().click();
  const dialog = page.locator('pagefind-modal dialog[open]');
  await expect(dialog.locator('a').filter({ hasText: /special guardianship/i }).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const focusedHref = await page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el as HTMLAnchorElement | null)?.getAttribute?.('href') ?? (el as HTMLElement | null)?.getAttribute?.('aria-activedescendant') ?? el?.tagName ?? '';
  });
  expect(focusedHref).not.toBe('');
});

test('the search page runs the query from the address and offers filters with counts', async ({ page }) => {
  await page.goto('/search/?q=adoption');
  await expect(page.locator('pagefind-results a').first()).toBeVisible();
  await expect(page.locator('pagefind-filter-pane')).toContainText(/type/i);
  await expect(page.locator('pagefind-filter-pane')).toContainText(/topic/i);
  await expect(page.locator('pagefind-filter-pane')).toContainText(/recommendation/i);
});

test('if the search index cannot load, the search page says so and offers the indexes', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/search/?q=adoption');
  await expect(page.getByText('Search could not load')).toBeVisible();
  await expect(page.getByRole('link', { name: /Glossary: A to Z/ })).toBeVisible();
});

test('the search page with results and filters, and the open search dialog, pass axe at both widths', async ({ page }) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/search/?q=adoption');
    await expect(page.locator('pagefind-results a').first()).toBeVisible();
    await expect(page.locator('pagefind-filter-pane details').first()).toBeVisible();
    expect(await axeViolations(page), `search page at ${width}px`).toEqual([]);
    await page.goto('/glossary/');
    await pressSearchShortcut(page);
    await page.locator('pagefind-modal dialog[open] input').fill('special guardianship');
    await expect(page.locator('pagefind-modal dialog[open] a').first()).toBeVisible();
    expect(await axeViolations(page), `search dialog at ${width}px`).toEqual([]);
  }
});
