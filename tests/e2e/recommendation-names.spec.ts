import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/**
 * Recommendations from different inspections share numbers (Telford & Wrekin 2020 and Walsall 2017 both have a
 * "1"), so every list that mixes them must name each one's council and year.
 */
const COUNCIL_AND_YEAR: Record<string, string> = {
  'ofsted-walsall-2012': 'Walsall 2012',
  'ofsted-walsall-2017': 'Walsall 2017',
  'walsall-scrutiny-2019': 'Walsall 2019',
  'ofsted-telford-2020': 'Telford & Wrekin 2020',
};
const councilAndYear = (id: string) => Object.entries(COUNCIL_AND_YEAR).find(([inspection]) => id.startsWith(`${inspection}-`))?.[1];

/** The text of each list item under `selector` that links a recommendation (its page or its pack), with that id. */
async function listedRecommendations(page: Page, selector: string): Promise<Array<{ id: string; text: string }>> {
  return page.locator(selector).evaluateAll((items) =>
    items.flatMap((li) => {
      const link = li.querySelector<HTMLAnchorElement>('a[href*="/recommendations/"], a[href*="/questions/pack/recommendation/"]');
      const id = link?.getAttribute('href')?.match(/\/(?:recommendations|questions\/pack\/recommendation)\/([^/]+)\//)?.[1];
      return id && id !== 'matrix' ? [{ id, text: (li.textContent ?? '').replace(/\s+/g, ' ').trim() }] : [];
    }),
  );
}

function expectCouncilAndYear(items: Array<{ id: string; text: string }>, where: string) {
  expect(items.length, `${where} lists recommendations`).toBeGreaterThan(0);
  for (const { id, text } of items) {
    expect(text, `${where}: ${id}`).toContain(councilAndYear(id)!);
  }
}

test('lists that mix inspections name each recommendation’s council and year', async ({ page }) => {
  // A content page supporting recommendations of three inspections, including Telford & Wrekin 1 and Walsall 2017.
  await page.goto('/permanence/permanence-planning/');
  const supported = await listedRecommendations(page, '.recommendation-links li');
  expectCouncilAndYear(supported, 'recommendations a page supports');
  expect(supported.map((s) => s.id)).toContain('ofsted-telford-2020-1');
  expect(new Set(supported.map((s) => s.text)).size, 'every line is different').toBe(supported.length);

  // A question page (its "supports" list).
  await page.goto('/questions/lga-05-drift-and-delay/');
  expectCouncilAndYear(await listedRecommendations(page, '.recommendation-links li'), 'a question page');

  // A recommendation page: "the same concern in other inspections".
  await page.goto('/recommendations/ofsted-walsall-2017-7/');
  expectCouncilAndYear(await listedRecommendations(page, '#related-recommendations + ul li'), 'related recommendations');

  // The question bank's packs by recommendation.
  await page.goto('/questions/');
  expectCouncilAndYear(await listedRecommendations(page, 'main li'), 'question bank packs');
});

test('a recommendation page names its council and year in its heading and title', async ({ page }) => {
  await page.goto('/recommendations/ofsted-telford-2020-1/');
  await expect(page.locator('h1 .caption')).toHaveText('Telford & Wrekin 2020 Ofsted inspection, recommendation 1');
  await expect(page).toHaveTitle(/Telford & Wrekin 2020 Ofsted inspection, recommendation 1/);
  await page.goto('/recommendations/ofsted-walsall-2017-1/');
  await expect(page.locator('h1 .caption')).toHaveText('Walsall 2017 Ofsted inspection, recommendation 1');
});

test('the pack builder’s list of recommendations tells Telford & Wrekin 1 from Walsall 2017 1', async ({ page }) => {
  await page.goto('/questions/pack/');
  const select = page.locator('select', { has: page.locator('option[value="ofsted-telford-2020-1"]') });
  const options = select.locator('option[value]:not([value=""])');
  await expect(options.first()).toBeAttached();
  const labels = await options.evaluateAll((os) => os.map((o) => ({ id: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
  for (const { id, text } of labels) expect(text, id).toContain(councilAndYear(id)!);
  const telford = labels.find((l) => l.id === 'ofsted-telford-2020-1')!.text;
  const walsall = labels.find((l) => l.id === 'ofsted-walsall-2017-1')!.text;
  expect(telford).not.toEqual(walsall);
});

test('the recommendations index lists the inspections newest first, with jump links, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/recommendations/');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('link')).toHaveText([
    'Telford & Wrekin 2020 Ofsted inspection',
    'Walsall 2019 scrutiny working group',
    'Walsall 2017 Ofsted inspection',
    'Walsall 2012 Ofsted inspection',
  ]);
  // The contents sit near the top, not below thousands of pixels of 2012 items.
  const top = await contents.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThan(1200);
  // The section headings follow the same order.
  await expect(page.locator('main section > h2')).toHaveText(await contents.getByRole('link').allTextContents());

  await contents.getByRole('link', { name: 'Walsall 2017 Ofsted inspection' }).click();
  await expect(page).toHaveURL(/#ofsted-walsall-2017$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Walsall 2017 Ofsted inspection' })).toBeInViewport();

  const back = page.locator('#ofsted-walsall-2017').locator('..').getByRole('link', { name: 'Back to contents' });
  await back.click();
  await expect(contents).toBeInViewport();
  expect(await axeViolations(page), 'axe at 375px').toEqual([]);
});

test('the matrix names each inspection by council and year, newest first', async ({ page }) => {
  await page.goto('/recommendations/matrix/');
  const headings = await page.locator('main section[aria-labelledby^="m-"] > h2').allTextContents();
  expect(headings).toEqual([
    'Telford & Wrekin 2020 Ofsted inspection',
    'Walsall 2019 scrutiny working group',
    'Walsall 2017 Ofsted inspection',
    'Walsall 2012 Ofsted inspection',
  ]);
  const gaps = await listedRecommendations(page, '#gap-list li');
  for (const { id, text } of gaps) expect(text, id).toContain(councilAndYear(id)!);
});
