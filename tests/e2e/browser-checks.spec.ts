import { expect, pressSearchShortcut, test } from './fixtures';
import { KB_URL, ROOT_URL } from './servers';

/** One page of each kind, to watch requests, cookies, keyboard use and reflow. */
const KINDS = [
  '/',
  '/permanence/special-guardianship/',
  '/permanence/compare/',
  '/glossary/',
  '/glossary/special-guardianship-order/',
  '/legislation/',
  '/legislation/children-act-1989/',
  '/questions/',
  '/questions/lga-05-drift-and-delay/',
  '/questions/pack/',
  '/case-studies/aberdeenshire/',
  '/recommendations/',
  '/recommendations/ofsted-walsall-2017-9/',
  '/recommendations/matrix/',
  '/sources/lga-permanency-resource-pack-2018/',
  '/guides/private-fostering/',
  '/guides/private-fostering/checker/age/',
  '/guides/scrutiny/',
  '/training/',
  '/training/drift-and-delay/',
  '/search/?q=adoption',
  '/about/',
  '/accessibility/',
];

test('no request leaves the site and no cookie is set, on every kind of page, including a search', async ({ page, context }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (![new URL(ROOT_URL).host].includes(url.host) && !['data:', 'blob:'].includes(url.protocol))
      foreign.push(`${page.url()} → ${request.url()}`);
  });
  for (const path of KINDS) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/');
  await pressSearchShortcut(page);
  await page.locator('dialog.search-dialog[open] input').fill('adoption');
  await expect(page.locator('dialog.search-dialog[open] [data-search-results] a').first()).toBeVisible({ timeout: 20_000 });
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('keyboard only: the skip link is first and moves focus to the main content', async ({ page }) => {
  await page.goto('/permanence/adoption/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('keyboard only: the checker can be completed with Tab and Enter', async ({ page }) => {
  await page.goto('/guides/private-fostering/checker/age/');
  for (const label of ['Under 16', 'No', 'Grandparent']) {
    const link = page.locator('.checker-choice', { hasText: label }).first();
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText('not privately fostered');
});

test('keyboard only: the pack builder adds, reorders and removes questions', async ({ page }) => {
  await page.goto('/questions/pack/');
  const select = page.getByLabel('Add one question');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.pack-builder__list li')).toHaveCount(2);
  const before = await page.locator('.pack-builder__list li').first().getAttribute('data-id');
  await page
    .locator('.pack-builder__list li')
    .nth(1)
    .getByRole('button', { name: /^Move up/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.pack-builder__list li').nth(1)).toHaveAttribute('data-id', before!);
  await expect(
    page
      .locator('.pack-builder__list li')
      .first()
      .getByRole('button', { name: /^Move up/ }),
  ).toBeDisabled();
  await page
    .locator('.pack-builder__list li')
    .first()
    .getByRole('button', { name: /^Remove/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.pack-builder__list li')).toHaveCount(1);
});

test('focus is visible on links, buttons and inputs', async ({ page }) => {
  await page.goto('/questions/pack/');
  for (const selector of ['.site-nav a', '#site-search', '.search-form button', '#pick-topic', '[data-add="topic"]']) {
    const el = page.locator(selector).first();
    await el.focus();
    const style = await el.evaluate((node) => {
      const s = getComputedStyle(node);
      return {
        outline: s.outlineStyle !== 'none' && s.outlineWidth !== '0px',
        shadow: s.boxShadow !== 'none',
        background: s.backgroundColor,
      };
    });
    expect(style.outline || style.shadow, `${selector} shows focus`).toBe(true);
  }
});

// 200% zoom of a 1280 px window lays pages out at 640 CSS pixels.
for (const [name, viewport] of [
  ['320 px wide', { width: 320, height: 700 }],
  ['200% zoom of 1280 px', { width: 640, height: 450 }],
] as const) {
  test(`reflow at ${name}: no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const path of KINDS) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${name}`).toBeLessThanOrEqual(0);
    }
  });
}

test('under BASE_PATH=/kb/, pages, styles and search work', async ({ page }) => {
  await page.goto(`${KB_URL}/kb/permanence/adoption/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Adoption');
  const background = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(`${KB_URL}/kb/glossary/`);
  await pressSearchShortcut(page);
  await page.locator('dialog.search-dialog[open] input').fill('SGO');
  const result = page
    .locator('dialog.search-dialog[open] [data-search-results] a')
    .filter({ hasText: /guardianship/i })
    .first();
  await expect(result).toHaveAttribute('href', /^\/kb\//, { timeout: 20_000 });
});
