import type { Page } from '@playwright/test';
import { HELD_OUT_QUERIES, TUNING_QUERIES, type RelevanceQuery } from '../search/relevance-queries';
import { FRESH_HELD_OUT_QUERIES } from '../search/fresh-held-out-queries';
import { THIRD_HELD_OUT_QUERIES } from '../search/third-held-out-queries';
import { FOURTH_HELD_OUT_QUERIES } from '../search/fourth-held-out-queries';
import { FIFTH_HELD_OUT_QUERIES } from '../search/fifth-held-out-queries';
import { SIXTH_HELD_OUT_QUERIES } from '../search/sixth-held-out-queries';
import { axeViolations, expect, pressSearchShortcut, test } from './fixtures';

/** Runs a query from the search page's own form (the page's ?q= code path, without reloading Pagefind each time). */
async function searchOnPage(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-page-input', query);
  await page.press('#search-page-input', 'Enter');
  await page.locator('[data-search-results][data-search-state="done"]').waitFor({ state: 'attached' });
  return page.$$eval('[data-search-results] > li', (items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
}

/** Waits until the results, or the no-results message, are shown (an empty list is not "visible"). */
const resultsDone = (page: Page) =>
  page.locator('[data-search-results][data-search-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });

test('relevance: tuning and held-out queries as readers type them; held-out top three at least 90%, none finds nothing', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto('/search/');
  const run = async (queries: RelevanceQuery[]) => {
    const rows: Array<{ q: RelevanceQuery; top: string[]; hit: boolean }> = [];
    for (const q of queries) {
      const top = await searchOnPage(page, q.query);
      rows.push({ q, top, hit: top.slice(0, 3).some((url) => q.expect.includes(url)) });
    }
    return rows;
  };
  const report = (label: string, rows: Awaited<ReturnType<typeof run>>) => {
    const hits = rows.filter((r) => r.hit).length;
    console.log(`Search relevance, ${label}: ${hits}/${rows.length} in the top three (${((100 * hits) / rows.length).toFixed(1)}%)`);
    for (const r of rows.filter((x) => !x.hit))
      console.log(`  miss [${r.q.kind}] "${r.q.query}" → ${r.top.slice(0, 3).join(', ') || 'no results'} (want ${r.q.expect[0]})`);
    return hits / rows.length;
  };
  const tuning = await run(TUNING_QUERIES);
  const heldOut = await run(HELD_OUT_QUERIES);
  const fresh = await run(FRESH_HELD_OUT_QUERIES);
  const third = await run(THIRD_HELD_OUT_QUERIES);
  const fourth = await run(FOURTH_HELD_OUT_QUERIES);
  const fifth = await run(FIFTH_HELD_OUT_QUERIES);
  const sixth = await run(SIXTH_HELD_OUT_QUERIES);
  report('tuning set', tuning);
  report('first held-out set', heldOut);
  const freshRate = report('fresh held-out set', fresh);
  const thirdRate = report('third held-out set', third);
  const fourthRate = report('fourth held-out set', fourth);
  const fifthRate = report('fifth held-out set', fifth);
  const sixthRate = report('sixth held-out set', sixth);
  report('held-out, all six sets', [...heldOut, ...fresh, ...third, ...fourth, ...fifth, ...sixth]);
  const heldOutRate = heldOut.filter((r) => r.hit).length / heldOut.length;

  expect(TUNING_QUERIES.length + HELD_OUT_QUERIES.length).toBeGreaterThanOrEqual(150);
  expect(HELD_OUT_QUERIES.length * 3).toBeGreaterThanOrEqual(TUNING_QUERIES.length + HELD_OUT_QUERIES.length - 3);
  // Every query has its answer on the site: none may come back empty.
  expect(
    [...tuning, ...heldOut, ...fresh, ...third, ...fourth, ...fifth, ...sixth].filter((r) => r.top.length === 0).map((r) => r.q.query),
  ).toEqual([]);
  expect(heldOutRate).toBeGreaterThanOrEqual(0.9);
  // First runs, the honest figures in the README: the fresh set 49 of 60 (81.7%), the third set 64 of 75 (85.3%),
  // the fourth set 70 of 80 (87.5%), the fifth set 69 of 80 (86.3%), the sixth set 75 of 80 (93.8%). None may fall
  // below its first run.
  expect(freshRate).toBeGreaterThanOrEqual(49 / 60);
  expect(thirdRate).toBeGreaterThanOrEqual(64 / 75);
  expect(fourthRate).toBeGreaterThanOrEqual(70 / 80);
  expect(fifthRate).toBeGreaterThanOrEqual(69 / 80);
  expect(sixthRate).toBeGreaterThanOrEqual(75 / 80);
});

test('/search/?q= follows the contract: an <li> per result in rank order, first link the page, state "done"', async ({ page }) => {
  for (const [query, first] of [
    ['what is a care order', '/glossary/care-order/'],
    ['gaurdianship', '/permanence/special-guardianship/'],
    ['my nephew has moved in with me do i need to tell anyone', '/guides/private-fostering/'],
  ] as const) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await resultsDone(page);
    const results = page.locator('[data-search-results] > li');
    expect(await results.count(), query).toBeGreaterThan(0);
    const firstLinks = await results.evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href')));
    expect(firstLinks.slice(0, 3), query).toContain(first);
    expect(firstLinks.every((href) => href?.startsWith('/'))).toBe(true);
  }
  await page.goto('/search/?q=zzqxv');
  await resultsDone(page);
  await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
  await expect(page.getByText('No results for “zzqxv”')).toBeVisible();
});

test('the search page says what it searched: question words left out, spelling corrected, everyday words', async ({ page }) => {
  await page.goto('/search/?q=what%20is%20parental%20responsibility');
  await resultsDone(page);
  await expect(page.locator('.search-notes')).toContainText('Showing results for parental responsibility');

  await page.goto('/search/?q=placment%20stability');
  await resultsDone(page);
  const suggestion = page.locator('.search-notes').getByRole('link', { name: 'placement stability' });
  await expect(page.locator('.search-notes')).toContainText('Did you mean placement stability?');
  await suggestion.click();
  await resultsDone(page);
  await expect(page).toHaveURL(/q=placement\+stability/);
  await expect(page.locator('#search-page-input')).toHaveValue('placement stability');

  await page.goto('/search/?q=looking%20after%20my%20sisters%20kids');
  await resultsDone(page);
  await expect(page.locator('.search-notes')).toContainText('Also searched for the words this site uses');
});

test('result titles are the page titles alone, with the kind of page on its own line, in body-size text', async ({ page }) => {
  await page.goto('/search/?q=drift');
  await resultsDone(page);
  const drift = page
    .locator('[data-search-results] > li')
    .filter({ has: page.locator('a[href="/glossary/drift/"]') })
    .first();
  await expect(drift.locator('.search-result__title')).toHaveText('Drift');
  await expect(drift.locator('.search-result__type')).toHaveText('Glossary term');
  const labels =
    /^(Glossary term|Question|Permanence option|Law and guidance|Case study|Guide|Induction module|Recommendation|Source document)\S/;
  for (const title of await page.locator('.search-result__title').allTextContents()) expect(title).not.toMatch(labels);
  const size = (selector: string) => drift.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const body = await page.locator('body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('.search-result__title a')).toBeGreaterThanOrEqual(body);
  expect(await size('.search-result__excerpt')).toBeGreaterThanOrEqual(body);
});

test('excerpts are text a reader can see on the page, not its hidden other names', async ({ page, request }) => {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/&[a-z#0-9]+;/g, ' ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  for (const query of ['SGO', 'LAC', 'twin track', 'foster to adopt']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await resultsDone(page);
    const first = page.locator('[data-search-results] > li').first();
    const href = (await first.locator('a').first().getAttribute('href'))!;
    const opening = words((await first.locator('.search-result__excerpt').textContent())!)
      .split(' ')
      .slice(0, 4)
      .join(' ');
    const html = await (await request.get(href)).text();
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const visible = words(main.replace(/<div hidden[\s\S]*?<\/div>/g, ' ').replace(/<[^>]+>/g, ' '));
    expect(visible, `"${query}": the excerpt of ${href} opens "${opening}"`).toContain(opening);
  }
});

for (const width of [320, 375, 768]) {
  test(`search page at ${width} px: no sideways scrolling with results and filters shown, filters near the top`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/search/?q=adoption');
    await resultsDone(page);
    const filters = page.locator('.search-filters');
    await expect(filters).toBeVisible();
    for (const summary of await filters.locator('summary').all()) await summary.click();
    await expect(filters.locator('input[type="checkbox"]').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const filtersTop = await filters.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(filtersTop).toBeLessThan(1000);
  });
}

test('filters narrow the results, say how many each would show, and are kept in the address', async ({ page }) => {
  await page.goto('/search/?q=adoption');
  await resultsDone(page);
  const all = await page.locator('.search-status').textContent();
  const typeGroup = page.locator('details[data-group="type"]');
  if (!(await typeGroup.evaluate((el) => (el as HTMLDetailsElement).open))) await typeGroup.locator('summary').click();
  const glossary = typeGroup.getByLabel(/^Glossary term \(\d+\)$/);
  const count = Number((await glossary.evaluate((el) => (el as HTMLInputElement).labels![0].textContent)).match(/\((\d+)\)/)![1]);
  await glossary.check();
  await expect(page.locator('.search-status')).toHaveText(new RegExp(`^${count} results?`));
  await expect(glossary).toBeFocused();
  expect(await page.locator('.search-status').textContent()).not.toBe(all);
  await expect(page.locator('.search-result__type').first()).toHaveText('Glossary term');
  await expect(page).toHaveURL(/type=Glossary\+term/);
  await page.reload();
  await resultsDone(page);
  await expect(page.locator('.search-status')).toHaveText(new RegExp(`^${count} results?`));
});

test('the header search opens with "/" and Ctrl+K, finds a page, and Escape closes it and returns focus', async ({ page }) => {
  await page.goto('/permanence/');
  await pressSearchShortcut(page);
  const dialog = page.locator('dialog.search-dialog[open]');
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox', { name: 'Search the knowledge base' });
  await expect(input).toBeFocused();
  await input.fill('what does sgo stand for');
  await expect(dialog.locator('[data-search-results] > li a').first()).toHaveAttribute('href', '/glossary/special-guardianship-order/', {
    timeout: 20_000,
  });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: 'Glossary' }).first().focus();
  await pressSearchShortcut(page, 'Control+k');
  await expect(page.locator('dialog.search-dialog[open]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'Glossary' }).first()).toBeFocused();
});

test('the header form opens search with what was typed, and arrow keys move through results', async ({ page }) => {
  await page.goto('/');
  await page.locator('search-launcher[data-ready]').waitFor({ state: 'attached' });
  await page.getByRole('searchbox', { name: 'Search the knowledge base' }).first().fill('SGO');
  await page.getByRole('button', { name: 'Search', exact: true }).first().click();
  const dialog = page.locator('dialog.search-dialog[open]');
  const titles = dialog.locator('.search-result__title a');
  await expect(titles.first()).toHaveText(/special guardianship/i, { timeout: 20_000 });
  await page.keyboard.press('ArrowDown');
  await expect(titles.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(titles.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=SGO/);
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
    await resultsDone(page);
    await expect(page.locator('.search-filters details').first()).toBeVisible();
    await page.locator('.search-filters summary').first().click();
    expect(await axeViolations(page), `search page at ${width}px`).toEqual([]);
    await page.goto('/glossary/');
    await pressSearchShortcut(page);
    await page.locator('dialog.search-dialog[open] input').fill('special guardianship');
    await expect(page.locator('dialog.search-dialog[open] [data-search-results] a').first()).toBeVisible({ timeout: 20_000 });
    expect(await axeViolations(page), `search dialog at ${width}px`).toEqual([]);
  }
});
