import { expect, test } from './fixtures';

test('glossary terms are linked automatically in body text, first use only, with <abbr> for abbreviations', async ({ page }) => {
  await page.goto('/permanence/special-guardianship/');
  const body = page.locator('.prose');
  const links = body.locator('a.term');
  expect(await links.count()).toBeGreaterThan(3);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size, 'each term linked once').toBe(hrefs.length);
  await expect(page.locator('h1 a.term, h2 a.term, h3 a.term')).toHaveCount(0);
  const abbr = body.locator('a.term abbr[title]').first();
  if (await abbr.count()) await expect(abbr).toHaveAttribute('title', /\w{4,}/);
});

test('the comparison table and the responsibility diagram list every option that has facts', async ({ page }) => {
  await page.goto('/permanence/compare/');
  const rows = page.locator('#comparison tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(8);
  await expect(page.locator('#comparison tbody tr[data-option="special-guardianship"]')).toContainText('Adoption and Children Act 2002');
  await expect(page.locator('.pr-diagram')).toContainText('Adopters alone');
});

test('charts are drawn as inline SVG with the same numbers in a table', async ({ page }) => {
  await page.goto('/permanence/special-guardianship/');
  const chart = page.locator('figure.chart').first();
  await expect(chart.locator('svg[role="img"] rect.bar')).toHaveCount(2);
  await expect(chart.locator('table')).toContainText('4,288');
  await expect(chart.locator('table')).toContainText('7,153');
});

test('every content page shows the date its facts describe, when it was reviewed, when review is due and its sources', async ({ page }) => {
  for (const path of [
    '/glossary/private-fostering/',
    '/questions/lga-05-drift-and-delay/',
    '/case-studies/aberdeenshire/',
    '/legislation/re-b-s-2013/',
    '/training/the-law-on-one-page/',
  ]) {
    await page.goto(path);
    const currency = page.locator('dl.currency');
    await expect(currency).toContainText('Facts describe');
    await expect(currency).toContainText('Last reviewed');
    await expect(currency).toContainText('Review due');
    await expect(page.locator('#sources-heading + ul li').first()).toContainText('Section:');
  }
});

test('Scottish case studies are marked as Scottish', async ({ page }) => {
  await page.goto('/case-studies/east-renfrewshire/');
  await expect(page.getByRole('note')).toContainText('from Scotland');
});
