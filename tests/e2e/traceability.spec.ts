import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { DIST, contentPagePaths, fileForPath, readHtml } from './site';

/** The spine: /traceability.json matches the built pages, both ways. */
interface Traceability {
  recommendations: Array<{ id: string; url: string; title: string; source: string }>;
  pages: Array<{ url: string; type: string; title: string; recommendations: string[] }>;
}
const data: Traceability = JSON.parse(readFileSync(join(DIST, 'traceability.json'), 'utf8'));
const hrefsIn = (html: string) => new Set([...html.matchAll(/href="([^"#?]+)/g)].map((m) => m[1]));

test('traceability.json lists every recommendation the contract names, and every content page', () => {
  const ids = data.recommendations.map((r) => r.id);
  const expected = [
    ...Array.from({ length: 12 }, (_, i) => `ofsted-walsall-2017-${i + 1}`),
    'walsall-scrutiny-2019-7-1',
    'walsall-scrutiny-2019-7-1a',
    'walsall-scrutiny-2019-7-1b',
    'walsall-scrutiny-2019-7-1c',
    ...Array.from({ length: 6 }, (_, i) => `walsall-scrutiny-2019-9-${i + 1}`),
    ...[
      's-i1',
      's-i2',
      's-i3',
      's-i4',
      's-i5',
      's-i6',
      's-i7',
      's-i8',
      's-3m1',
      's-3m2',
      's-3m3',
      's-3m4',
      's-3m5',
      's-3m6',
      's-3m7',
      's-3m8',
      's-6m1',
      'l-i1',
      'l-i2',
      'l-i3',
      'l-3m1',
      'l-3m2',
      'l-3m3',
      'l-3m4',
      'l-6m1',
    ].map((s) => `ofsted-walsall-2012-${s}`),
    'ofsted-telford-2020-1',
  ];
  expect(ids.sort()).toEqual(expected.sort());
  expect(data.pages.map((p) => p.url).sort()).toEqual(contentPagePaths());
  for (const page of data.pages) {
    expect(page.recommendations.length, page.url).toBeGreaterThan(0);
    expect(fileForPath(DIST, page.url), `${page.url} is built`).toBeTruthy();
  }
});

test('every page links each recommendation it names, and each recommendation page lists it back', () => {
  const recUrl = new Map(data.recommendations.map((r) => [r.id, r.url]));
  const recHtml = new Map(data.recommendations.map((r) => [r.id, hrefsIn(readHtml(fileForPath(DIST, r.url)!))]));
  for (const page of data.pages) {
    const links = hrefsIn(readHtml(fileForPath(DIST, page.url)!));
    for (const id of page.recommendations) {
      expect(links.has(recUrl.get(id)!), `${page.url} links ${id}`).toBe(true);
      expect(recHtml.get(id)!.has(page.url), `${id} lists ${page.url}`).toBe(true);
    }
  }
});

test('each recommendation page lists exactly the pages that claim it, no more', async ({ page }) => {
  for (const rec of data.recommendations) {
    const claimed = data.pages
      .filter((p) => p.recommendations.includes(rec.id))
      .map((p) => p.url)
      .sort();
    await page.goto(rec.url);
    const listed = (await page.locator('ul.supporters a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      .filter(Boolean)
      .sort();
    expect([...new Set(listed)], rec.id).toEqual(claimed);
  }
});

test('the matrix counts match the pages, and the gaps are the recommendations nobody supports', async ({ page }) => {
  await page.goto('/recommendations/matrix/');
  const unsupported: string[] = [];
  for (const rec of data.recommendations) {
    const total = data.pages.filter((p) => p.recommendations.includes(rec.id)).length;
    await expect(page.locator(`tr[data-recommendation="${rec.id}"]`)).toHaveAttribute('data-total', String(total));
    if (total === 0) unsupported.push(rec.id);
  }
  const gapLinks = await page.locator('#gap-list a').count();
  expect(gapLinks).toBe(unsupported.length);
  console.log(
    unsupported.length
      ? `Recommendations no page supports yet: ${unsupported.join(', ')}`
      : 'Every recommendation is supported by at least one page.',
  );
  const mustBeSupported = unsupported.filter((id) => id.startsWith('ofsted-walsall-2017') || id.startsWith('walsall-scrutiny-2019'));
  expect(mustBeSupported, 'every 2017 and 2019 recommendation has support').toEqual([]);
});
