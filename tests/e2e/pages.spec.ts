import { axeViolations, expect, test } from './fixtures';
import { sitemapPaths } from './site';

/** Every page: a title, one h1, no axe violations (WCAG 2.0–2.2 A and AA) at desktop and phone widths, no sideways scroll. */
const paths = [...sitemapPaths(), '/404.html'];

for (const path of paths) {
  test(`page ${path}`, async ({ sweepPage: page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await axeViolations(page), 'axe at 1280px').toEqual([]);

    await page.setViewportSize({ width: 375, height: 800 });
    expect(await axeViolations(page), 'axe at 375px').toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scroll at 375px').toBeLessThanOrEqual(0);
  });
}
