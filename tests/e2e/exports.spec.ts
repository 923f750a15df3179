import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { DIST, contentPagePaths } from './site';

test('questions.csv has one row per question with topic, audience and recommendation ids', async ({ request }) => {
  const response = await request.get('/questions.csv');
  expect(response.ok()).toBe(true);
  const text = await response.text();
  const rows = text.trim().split('\r\n');
  expect(rows[0]).toContain('"topics","audience","recommendations"');
  const questionPages = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')
    .match(/\/questions\/[a-z0-9-]+\/<\/loc>/g)!
    .filter((m) => !m.includes('/pack/'));
  expect(rows.length - 1).toBe(questionPages.length);
  expect(rows[1]).toMatch(/ofsted-|walsall-/);
});

test('the Atom feed is well-formed and lists pages with dates', async ({ page, request }) => {
  const text = await (await request.get('/feed.xml')).text();
  expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  await page.goto('/');
  const entries = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.querySelector('parsererror')) return -1;
    // Page reviews only: entries for changes in the law link to /changes/ and are checked in changes.spec.ts.
    return [...doc.querySelectorAll('entry')].filter((e) => {
      const link = e.querySelector('link')?.getAttribute('href');
      return !!e.querySelector('updated')?.textContent && !!link && !link.includes('/changes/#');
    }).length;
  }, text);
  expect(entries).toBe(contentPagePaths().length);
});

test('sitemap and 404 exist; the 404 page helps people on', async ({ page, request }) => {
  expect((await request.get('/sitemap-index.xml')).ok()).toBe(true);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'search the knowledge base' })).toBeVisible();
});
