import { axeViolations, expect, test } from './fixtures';
import { DIST, fileForPath, readHtml, sitemapPaths } from './site';

/** The A to Z and the term pages: each definition shown once; LAC and connected person findable. */

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');

test('every glossary page shows its definition once', () => {
  const pages = sitemapPaths().filter((p) => /^\/glossary\/[^/]+\/$/.test(p));
  expect(pages.length).toBeGreaterThan(100);
  for (const path of pages) {
    const html = readHtml(fileForPath(DIST, path)!);
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    const panel = /<div class="panel definition">([\s\S]*?)<\/div>/.exec(article);
    expect(panel, `${path} has a definition`).toBeTruthy();
    const definition = decode(panel![1])
      .replace(/^.*?:\s*/, '')
      .trim();
    const shown = decode(article);
    expect(shown.split(definition).length - 1, `${path}: times the definition is shown`).toBe(1);
    expect(article, `${path}: no summary repeating it under the title`).not.toContain('class="lede"');
  }
});

test('a glossary page, as read in the browser, has one definition', async ({ page }) => {
  await page.goto('/glossary/care-order/');
  const definition = (await page.locator('.definition p').innerText()).replace(/^.*?:\s*/, '');
  const visible = await page.locator('article').innerText();
  expect(visible.split(definition).length - 1).toBe(1);
});

test('LAC is in the A to Z under L, pointing to looked-after child', async ({ page }) => {
  await page.goto('/glossary/');
  const underL = page.locator('section', { has: page.locator('#letter-L') });
  const lac = underL.locator('li', { hasText: /^\s*LAC: see / });
  await expect(lac).toHaveCount(1);
  await lac.getByRole('link', { name: 'Looked-after child' }).click();
  await expect(page).toHaveURL(/\/glossary\/looked-after-child\/$/);
  await expect(page.locator('.definition abbr')).toHaveText('LAC');
});

test('connected person is in the A to Z and explains the law with a primary citation', async ({ page }) => {
  await page.goto('/glossary/');
  const underC = page.locator('section', { has: page.locator('#letter-C') });
  await underC.getByRole('link', { name: 'Connected person', exact: true }).click();
  await expect(page).toHaveURL(/\/glossary\/connected-person\/$/);
  await expect(page.locator('h1')).toContainText('Connected person');
  await expect(page.locator('.definition')).toContainText('relative, friend or other person connected with a child');
  await expect(page.locator('article a[href="https://www.legislation.gov.uk/uksi/2010/959/regulation/25/made"]').first()).toBeVisible();
  await expect(page.getByText('Law checked')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
