/**
 * What has changed since the sources: the /changes/ page, the "Since our sources" notes it links to both ways,
 * the feed entries for changes, and the law-check lists on the editors' page.
 */
import { expect, test } from './fixtures';

interface ChangeOnPage {
  id: string;
  date: string;
  pages: string[];
  sources: string[];
}

async function readChanges(page: import('@playwright/test').Page): Promise<ChangeOnPage[]> {
  await page.goto('/changes/');
  return page.locator('[data-change]').evaluateAll((items) =>
    items.map((li) => ({
      id: li.id,
      date: li.querySelector('dd time')?.getAttribute('datetime') ?? '',
      pages: [...li.querySelectorAll('[data-change-pages] a')].map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''),
      sources: [...li.querySelectorAll('[data-change-sources] a[rel="external"]')].map((a) => (a as HTMLAnchorElement).href),
    })),
  );
}

test('the changes page is dated, lists changes newest first, each with a status, primary sources and affected pages', async ({ page }) => {
  const changes = await readChanges(page);
  expect(changes.length, 'changes listed').toBeGreaterThanOrEqual(10);
  await expect(page.locator('.checked-on')).toContainText(/Checked on \d{1,2} \w+ \d{4}/);
  const dates = changes.map((c) => c.date);
  expect(
    dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)),
    'every change has a date',
  ).toBe(true);
  expect(dates, 'newest first').toEqual([...dates].sort().reverse());
  for (const change of changes) {
    expect(change.sources.length, `${change.id} cites a primary source`).toBeGreaterThan(0);
    for (const address of change.sources) expect(address, `${change.id} links the exact address read`).toMatch(/^https:\/\//);
  }
  const statuses = await page.locator('[data-change] .status').allTextContents();
  expect(statuses.length).toBe(changes.length);
  for (const status of statuses) expect(['In force', 'Partly in force', 'Not yet commenced', 'Proposed', 'Ended']).toContain(status.trim());
  // The Children's Wellbeing and Schools Act 2026 is only partly in force: the page must say so, and which parts.
  await expect(page.locator('#change-childrens-wellbeing-and-schools-act-passed .status')).toHaveText('Partly in force');
  await expect(page.locator('#change-kinship-local-offer-duty .status')).toHaveText('In force');
  await expect(page.locator('#change-family-group-decision-making-duty .status')).toHaveText('Not yet commenced');
});

test('every change links to at least one page, and every page it names links back to it', async ({ page }) => {
  const changes = await readChanges(page);
  const pairs = changes.flatMap((c) => {
    expect(c.pages.length, `${c.id} names at least one page`).toBeGreaterThan(0);
    return c.pages.map((path) => ({ change: c.id, path }));
  });
  const byPage = new Map<string, string[]>();
  for (const { change, path } of pairs) byPage.set(path, [...(byPage.get(path) ?? []), change]);
  for (const [path, ids] of byPage) {
    await page.goto(path);
    const note = page.locator('[data-since-sources]');
    await expect(note, `${path} shows a "Since our sources" note`).toHaveCount(1);
    await expect(note.getByRole('heading', { name: 'Since our sources' })).toBeVisible();
    const links = await note.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
    for (const id of ids) expect(links, `${path} links back to ${id}`).toContain(id);
    // And nothing else: every note on the page comes from a change that names this page.
    for (const link of links) expect(ids, `${path} links only to changes that name it`).toContain(link);
  }
});

test('a page no change names shows no "Since our sources" note', async ({ page }) => {
  await page.goto('/glossary/care-order/');
  await expect(page.locator('[data-since-sources]')).toHaveCount(0);
});

test('the Atom feed announces each change, dated by the change itself', async ({ page, request }) => {
  const changes = await readChanges(page);
  const xml = await (await request.get('/feed.xml')).text();
  const entries = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return [...doc.querySelectorAll('entry')]
      .map((e) => ({ link: e.querySelector('link')?.getAttribute('href') ?? '', updated: e.querySelector('updated')?.textContent ?? '' }))
      .filter((e) => e.link.includes('/changes/#'));
  }, xml);
  expect(entries.length).toBe(changes.length);
  for (const change of changes) {
    const entry = entries.find((e) => e.link.endsWith(`/changes/#${change.id}`));
    expect(entry, `feed entry for ${change.id}`).toBeTruthy();
    expect(entry!.updated.slice(0, 10), `${change.id} is dated by the change`).toBe(change.date);
  }
});

test('the editors page lists law checks apart from reviews, with its interval; /about/ explains the two dates', async ({ page }) => {
  await page.goto('/about/editors/');
  await expect(page.getByRole('heading', { name: 'Law checks', level: 2 })).toBeVisible();
  await expect(page.locator('[data-law-check-interval]')).toContainText(/falls due \d+ months after/);
  await expect(page.getByRole('heading', { name: /^Pages whose law check is due \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Overdue for review \(\d+\)$/ })).toBeVisible();
  await page.goto('/about/');
  await expect(page.locator('#two-dates')).toHaveText('Two dates on every page');
  await expect(page.getByRole('main').getByRole('link', { name: 'what has changed since our sources' })).toHaveAttribute(
    'href',
    '/changes/',
  );
});

test('the home page shows the latest changes and the footer links to /changes/', async ({ page }) => {
  await page.goto('/');
  const latest = page.locator('[data-latest-changes] a');
  expect(await latest.count()).toBeGreaterThan(0);
  await expect(latest.first()).toHaveAttribute('href', /^\/changes\/#change-/);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'What has changed since our sources' }).first()).toHaveAttribute(
    'href',
    '/changes/',
  );
});

test('pages that state current law show the date the law was checked', async ({ page }) => {
  for (const path of [
    '/glossary/adoption-match/',
    '/legislation/childrens-wellbeing-and-schools-act-2026/',
    '/legislation/inspection-of-local-authority-childrens-services-2017/',
  ]) {
    await page.goto(path);
    await expect(page.locator('dl.currency'), path).toContainText('Law checked');
    await expect(page.locator('#sources-heading + ul a[rel="external"]').first(), path).toHaveAttribute('href', /^https:\/\//);
  }
});
