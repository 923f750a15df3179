/**
 * Choosing questions before printing or downloading, the files' names and encoding, and keyboard focus in the builder
 * (issues 14 and 17).
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PACK = '/questions/pack/recommendation/ofsted-walsall-2017-9/';
const PACK_FILE = 'ofsted-walsall-2017-9-timely-permanence-and-foster-to-adopt-part-1';
const BOM = [0xef, 0xbb, 0xbf];

const boxes = (page: Page) => page.locator('.pack-contents input[type="checkbox"]');
const tickedIds = (page: Page) =>
  boxes(page).evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).map((e) => (e as HTMLInputElement).value));
const idsInCsv = (text: string) =>
  text
    .trim()
    .split('\r\n')
    .slice(1)
    .map((row) => /^"\d+","([^"]+)"/.exec(row)![1]);
const idsInMarkdown = (text: string) => [...text.matchAll(/^Online: \S+\/questions\/([^/]+)\/$/gm)].map((m) => m[1]);

async function download(page: Page, name: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { file, bytes: readFileSync(await file.path()) };
}

test('ticking questions on a ready-made pack changes what the downloads hold; files are named after the pack', async ({ page }) => {
  await page.goto(PACK);
  await expect(page.getByRole('button', { name: 'Print the ticked questions' })).toBeVisible();
  const all = await tickedIds(page);
  expect(all).toHaveLength(10);

  // Every question ticked: the files made at build time.
  const full = await download(page, 'Download as CSV');
  expect(full.file.suggestedFilename()).toBe(`${PACK_FILE}.csv`);
  expect([...full.bytes.subarray(0, 3)]).toEqual(BOM);
  expect(idsInCsv(full.bytes.toString('utf8'))).toEqual(all);
  expect(full.bytes.toString('utf8'), 'dashes in the sources, read as UTF-8').toContain('–');

  await boxes(page).nth(0).uncheck();
  await boxes(page).nth(6).uncheck();
  await expect(page.getByRole('status').filter({ hasText: '8 of 10 questions ticked' })).toBeVisible();
  const chosen = await tickedIds(page);
  expect(chosen).toHaveLength(8);

  const csv = await download(page, 'Download as CSV');
  expect(csv.file.suggestedFilename()).toBe(`${PACK_FILE}.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
  expect(idsInCsv(csv.bytes.toString('utf8'))).toEqual(chosen);

  const markdown = await download(page, 'Download as Markdown');
  expect(markdown.file.suggestedFilename()).toBe(`${PACK_FILE}.md`);
  const text = markdown.bytes.toString('utf8');
  expect(idsInMarkdown(text)).toEqual(chosen);
  expect(text).toMatch(
    /^# Question pack for Walsall 2017 Ofsted inspection, recommendation 9: Timely permanence and foster to adopt \(part 1 of 3\)\n/,
  );
  expect(text).toContain('- [ ] ');
});

test('the ticked questions open in the builder, in order, with the pack title', async ({ page }) => {
  await page.goto(PACK);
  await boxes(page).nth(1).uncheck();
  const chosen = await tickedIds(page);
  await page.getByRole('button', { name: 'Change the ticked questions in the builder' }).click();
  await expect(page).toHaveURL(/\/questions\/pack\/\?/);
  await expect(page.locator('.pack-builder__list li')).toHaveCount(chosen.length);
  expect(await page.locator('.pack-builder__list li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id))).toEqual(
    chosen,
  );
  await expect(page.getByLabel('Title for the pack')).toHaveValue('Timely permanence and foster to adopt (part 1)');
});

test('the builder names its downloads after the pack, and its CSV opens in Excel as UTF-8', async ({ page }) => {
  await page.goto(
    '/questions/pack/?q=lga-01-childs-voice,walsall-03-private-fostering&title=March%20committee%3A%20children%E2%80%99s%20voices',
  );
  await expect(page.locator('.pack-builder__list li')).toHaveCount(2);
  const csv = await download(page, 'Download as CSV');
  expect(csv.file.suggestedFilename()).toBe('march-committee-children-s-voices.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
  expect(idsInCsv(csv.bytes.toString('utf8'))).toEqual(['lga-01-childs-voice', 'walsall-03-private-fostering']);
  const markdown = await download(page, 'Download as Markdown');
  expect(markdown.file.suggestedFilename()).toBe('march-committee-children-s-voices.md');
});

test('the whole bank as CSV starts with a byte order mark, so Excel reads it as UTF-8', async ({ request }) => {
  const bytes = await (await request.get('/questions.csv')).body();
  expect([...bytes.subarray(0, 3)]).toEqual(BOM);
  expect(bytes.toString('utf8').slice(1)).toMatch(/^"id","question",/);
});

test.describe('keyboard focus in the builder stays on the list', () => {
  const ids = ['lga-01-childs-voice', 'lga-05-drift-and-delay', 'walsall-03-private-fostering'];
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { inList: !!el.closest('.pack-builder__list'), id: el.dataset.id ?? el.id, move: el.dataset.move };
    });

  test('after moving a question to the bottom or the top', async ({ page }) => {
    await page.goto(`/questions/pack/?q=${ids.join(',')}`);
    await page.getByRole('button', { name: /^Move down: .*drift/i }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.pack-builder__list li').last()).toHaveAttribute('data-id', 'lga-05-drift-and-delay');
    expect(await focused(page)).toEqual({ inList: true, id: 'lga-05-drift-and-delay', move: 'up' });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toEqual({ inList: true, id: 'lga-05-drift-and-delay', move: 'up' });
    await page.keyboard.press('Enter');
    await expect(page.locator('.pack-builder__list li').first()).toHaveAttribute('data-id', 'lga-05-drift-and-delay');
    expect(await focused(page)).toEqual({ inList: true, id: 'lga-05-drift-and-delay', move: 'down' });
  });

  test('after removing questions, and on the list heading once the pack is empty', async ({ page }) => {
    await page.goto(`/questions/pack/?q=${ids.join(',')}`);
    await page.getByRole('button', { name: /^Remove: .*drift/i }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.pack-builder__list li')).toHaveCount(2);
    expect(await focused(page)).toEqual({ inList: true, id: 'walsall-03-private-fostering', move: 'remove' });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toEqual({ inList: true, id: 'lga-01-childs-voice', move: 'remove' });
    await page.keyboard.press('Enter');
    await expect(page.locator('.pack-builder__list li')).toHaveCount(0);
    expect(await focused(page)).toEqual({ inList: false, id: 'order', move: undefined });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the downloads hold the same questions as the page, named after the pack', async ({ page, request }) => {
    await page.goto(PACK);
    const ids = await tickedIds(page);
    const titles = await page.locator('.pack-contents label').allTextContents();
    const csvLink = page.getByRole('link', { name: 'Download as CSV' });
    await expect(csvLink).toHaveAttribute('download', `${PACK_FILE}.csv`);
    const csv = await (await request.get((await csvLink.getAttribute('href'))!)).body();
    expect([...csv.subarray(0, 3)]).toEqual(BOM);
    expect(idsInCsv(csv.toString('utf8'))).toEqual(ids);
    const markdown = await (
      await request.get((await page.getByRole('link', { name: 'Download as Markdown' }).getAttribute('href'))!)
    ).text();
    expect(idsInMarkdown(markdown)).toEqual(ids);
    titles.forEach((title, i) => expect(markdown).toContain(`## ${i + 1}. ${title}`));
    await expect(page.getByRole('button', { name: 'Print the ticked questions' })).toBeHidden();
    await expect(page.getByText('use your browser’s print command')).toBeVisible();
  });
});
