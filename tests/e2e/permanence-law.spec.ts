/**
 * The built comparison and diagram against the law: each cell follows the option's own facts, each option sits where
 * the hand-written table of the law puts it, and every page whose law was checked shows the date and a primary citation.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test } from './fixtures';
import { EXPECTED, HOLDER_WORDS, LAW_CHECKED_PAGES, type Holder } from '../law/expected-permanence';

type Fact = { text: string; cite: Array<{ source: string; section: string; url?: string }> };
const factsOf = (id: string) =>
  (
    load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(new URL(`../../content/permanence/${id}.mdx`, import.meta.url), 'utf8'))![1]) as {
      facts: Record<string, Fact>;
    }
  ).facts;
const LEGAL_FACTS = ['legalBasis', 'parentalResponsibility', 'lookedAfterNote', 'ends'] as const;
const CELL = {
  legalBasis: 'legalBasis',
  parentalResponsibility: 'parentalResponsibility',
  lookedAfterNote: 'lookedAfter',
  ends: 'ends',
} as const;
const ROUTES: Holder[] = [
  'parents-alone',
  'council-shares',
  'child-arrangements',
  'special-guardian',
  'agency-and-adopters',
  'adopters-alone',
];

test('each comparison cell states the option’s own facts, with a link to every provision cited', async ({ page }) => {
  await page.goto('/permanence/compare/');
  for (const id of Object.keys(EXPECTED)) {
    const facts = factsOf(id);
    const row = page.locator(`#comparison tbody tr[data-option="${id}"]`);
    await expect(row, id).toHaveCount(1);
    for (const key of LEGAL_FACTS) {
      const cell = row.locator(`td[data-fact="${CELL[key]}"]`);
      await expect(cell, `${id} ${key}`).toContainText(facts[key].text);
      for (const c of facts[key].cite.filter((c) => c.url)) {
        await expect(cell.locator(`a[href="${c.url}"]`).first(), `${id} ${key} links ${c.url}`).toBeVisible();
      }
    }
  }
});

test('parental responsibility and looked-after status in the comparison follow the law for each option', async ({ page }) => {
  await page.goto('/permanence/compare/');
  for (const [id, expected] of Object.entries(EXPECTED)) {
    const cell = page.locator(`#comparison tr[data-option="${id}"] td[data-fact="parentalResponsibility"]`);
    await expect(cell, id).toHaveAttribute('data-pr-holder', expected.holder);
    await expect(cell.locator('.pr-holder'), id).toHaveText(new RegExp(`^${HOLDER_WORDS[expected.holder]}`));
    for (const route of expected.routes)
      await expect(cell.locator('.pr-routes'), `${id} lists ${route}`).toContainText(HOLDER_WORDS[route].toLowerCase().slice(0, 20));
    for (const url of expected.prCites) await expect(cell.locator(`a[href="${url}"]`).first(), `${id} cites ${url}`).toBeVisible();
    const lookedAfter = page.locator(`#comparison tr[data-option="${id}"] td[data-fact="lookedAfter"]`);
    await expect(lookedAfter, id).toHaveAttribute('data-looked-after', expected.lookedAfter);
    await expect(lookedAfter, id).toContainText({ yes: 'Yes.', no: 'No.', depends: 'It depends.' }[expected.lookedAfter]);
  }
});

test('the diagram puts each option on its own step, and an option that depends on the route on each usual route and nowhere else', async ({
  page,
}) => {
  await page.goto('/permanence/compare/');
  const diagram = page.locator('.pr-diagram');
  for (const route of ROUTES)
    await expect(diagram.locator(`[data-holder="${route}"] h3`), route).toHaveText(new RegExp(`^${HOLDER_WORDS[route]}`));
  for (const [id, expected] of Object.entries(EXPECTED)) {
    const placed = await diagram
      .locator(`[data-holder]:has(li[data-option="${id}"])`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-holder')));
    const want = expected.holder === 'depends-on-route' ? [...expected.routes, 'depends-on-route'] : [expected.holder];
    expect(placed.sort(), `${id} appears on exactly these steps`).toEqual([...want].sort());
    if (expected.holder === 'depends-on-route') {
      for (const route of expected.routes)
        await expect(
          diagram.locator(`[data-holder="${route}"] .pr-diagram__sometimes li[data-option="${id}"]`),
          `${id} under ${route}`,
        ).toHaveCount(1);
    } else {
      await expect(diagram.locator(`[data-holder="${expected.holder}"] .pr-diagram__always li[data-option="${id}"]`), id).toHaveCount(1);
    }
  }
});

test('each option page shows the same parental responsibility category as the comparison', async ({ page }) => {
  for (const [id, expected] of Object.entries(EXPECTED)) {
    await page.goto(`/permanence/${id}/`);
    const dd = page.locator('#at-a-glance ~ dl dd[data-fact="parentalResponsibility"]');
    await expect(dd, id).toHaveAttribute('data-pr-holder', expected.holder);
    await expect(dd.locator('strong').first(), id).toHaveText(new RegExp(`^${HOLDER_WORDS[expected.holder]}`));
  }
});

test('on a 375px screen each comparison row is a card that names its columns, with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/permanence/compare/');
  const row = page.locator('#comparison tbody tr').first();
  expect(await row.evaluate((r) => getComputedStyle(r).display)).toBe('block');
  expect(await row.locator('td[data-fact="parentalResponsibility"]').evaluate((td) => getComputedStyle(td, '::before').content)).toContain(
    'Parental responsibility',
  );
  await expect(page.getByRole('table', { name: 'The permanence options compared' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('every page whose law was checked shows the date and links a primary source it read', async ({ page }) => {
  for (const path of LAW_CHECKED_PAGES) {
    await page.goto(`/${path}/`);
    await expect(page.locator('dl.currency'), path).toContainText('Law checked');
    await expect(page.locator('dl.currency'), path).toContainText('29 November 2026');
    const primary = page
      .locator('#sources-heading + ul li')
      .filter({ has: page.locator('a[rel="external"]') })
      .filter({ hasText: 'Checked 29 November 2026' });
    expect(await primary.count(), `${path} cites a primary source`).toBeGreaterThan(0);
  }
});
