/**
 * Question packs on paper: every ready-made pack and a built pack printed to A4 PDF in Chromium, then read back
 * page by page. Targets (issue 14): ten questions on six pages or fewer, no page but the last under 55% full, no
 * question heading on a page without the start of its text, page numbers and the pack's address on every page.
 */
// Plain Playwright, not ./fixtures: these pages are printed, not checked with axe, which the fixtures inject into every page.
import { expect, test, type Page } from '@playwright/test';
import { ROOT_URL } from './servers';
import { sitemapPaths } from './site';
import { pdfPages, type PdfLine } from './pdf-text';

/** A4 in points, and the page margins of print.css (13 mm top, 15 mm bottom). */
const CONTENT_TOP = 37;
const CONTENT_BOTTOM = 800;
const maxPages = (questions: number) => Math.ceil(questions / 2) + 1;
const flat = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
/** Lines joined as prose: a line that ends in a hyphen (a word broken at its hyphen) runs straight on. */
const joinLines = (lines: PdfLine[]) =>
  flat(lines.map((l) => l.text).reduce((text, line) => (text.endsWith('-') ? text + line : `${text} ${line}`), ''));

interface Printed {
  pages: PdfLine[][];
  /** Each page's text, lines joined by spaces, footer left out. */
  bodies: string[];
  footers: string[];
}

async function printToPdf(page: Page): Promise<Printed> {
  const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  return {
    pages,
    bodies: pages.map((lines) => joinLines(lines.filter((l) => l.y < CONTENT_BOTTOM))),
    footers: pages.map((lines) => joinLines(lines.filter((l) => l.y >= CONTENT_BOTTOM))),
  };
}

/** How far down its content area each page is filled, from 0 to 1. */
const fills = (printed: Printed) =>
  printed.pages.map((lines) => {
    const ys = lines.filter((l) => l.y < CONTENT_BOTTOM && l.text.trim()).map((l) => l.y);
    return ys.length ? (Math.max(...ys) - CONTENT_TOP) / (CONTENT_BOTTOM - CONTENT_TOP) : 0;
  });

interface ShownQuestion {
  number: string;
  title: string;
  /** The address printed after its title. */
  url: string;
  /** The first words of its text: its first prompt, or its first piece of evidence. */
  firstText: string;
  good: string;
}

/** The questions a pack prints, read from the page (styled for print) in order. */
async function shownQuestions(page: Page): Promise<ShownQuestion[]> {
  await page.emulateMedia({ media: 'print' });
  const shown = await page.locator('.pack > li.pack-question').evaluateAll((items) =>
    items
      .filter((li) => getComputedStyle(li).display !== 'none')
      .map((li, i) => {
        const start = Number(li.parentElement!.getAttribute('start') ?? 1);
        const title = li.querySelector<HTMLElement>('.pack-question__title a')!;
        return {
          number: `${start + i}.`,
          title: title.textContent.trim(),
          url: title.dataset.printUrl!,
          firstText: li.querySelector('.pack-question__lists li')!.textContent.trim().slice(0, 40),
          good: li.querySelector('.pack-question__good')!.firstChild!.textContent!.trim().slice(0, 40),
        };
      }),
  );
  await page.emulateMedia({ media: null });
  return shown;
}

/** The checks every printed pack must pass. */
function expectPrintsWell(printed: Printed, questions: ShownQuestion[], address: string) {
  const { bodies, footers } = printed;
  expect(printed.pages.length, `${questions.length} questions`).toBeLessThanOrEqual(maxPages(questions.length));
  footers.forEach((footer, i) => {
    expect(footer, `footer of page ${i + 1}`).toContain(`Page ${i + 1} of ${bodies.length}`);
    expect(footer.replace(/\s/g, ''), `address on page ${i + 1}`).toContain(address);
  });
  const fill = fills(printed);
  fill
    .slice(0, -1)
    .forEach((f, i) => expect(f, `page ${i + 1} of ${fill.length} is ${Math.round(f * 100)}% full`).toBeGreaterThanOrEqual(0.55));
  expect(fill[fill.length - 1], 'the last page is not nearly empty').toBeGreaterThanOrEqual(0.25);
  // The first page: the numbered list of questions, before any question's text.
  for (const q of questions) expect(bodies[0], `question ${q.number} listed on the first page`).toContain(flat(q.title));
  for (const q of questions) {
    // The heading, not its line in the list on the first page: the printed title is followed by its address.
    const heading = flat(`${q.number} ${q.title} ${q.url}`);
    const at = bodies.findIndex((b) => b.includes(heading));
    expect(at, `heading of question ${q.number} printed`).toBeGreaterThanOrEqual(0);
    expect(bodies[at], `question ${q.number} starts its text on its heading's page`).toContain(flat(q.firstText));
    expect(
      bodies.some((b) => b.includes(flat(q.good))),
      `what good looks like for ${q.number}`,
    ).toBe(true);
  }
}

const staticPacks = sitemapPaths().filter((p) => /^\/questions\/pack\/(recommendation|topic)\//.test(p));

test('there is a ready-made pack for each recommendation and topic with questions', () => {
  expect(staticPacks.length).toBeGreaterThan(40);
});

for (const path of staticPacks) {
  test(`prints well: ${path}`, async ({ page }) => {
    await page.goto(path);
    const questions = await shownQuestions(page);
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.length).toBeLessThanOrEqual(10);
    expectPrintsWell(await printToPdf(page), questions, `${ROOT_URL}${path}`);
  });
}

test('a built pack of ten questions prints on six pages or fewer, with its title, date and address', async ({ page }) => {
  await page.goto('/questions/pack/recommendation/ofsted-walsall-2017-9/');
  const ids = await page
    .locator('.pack-contents input[type="checkbox"]')
    .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
  expect(ids).toHaveLength(10);
  await page.goto(`/questions/pack/?q=${ids.join(',')}&title=March%20committee`);
  await expect(page.locator('.pack-preview .pack-question')).toHaveCount(10);
  const printed = await printToPdf(page);
  expectPrintsWell(printed, await shownQuestions(page), `${ROOT_URL}/questions/pack/?q=${ids.join(',')}`);
  expect(printed.pages.length).toBeLessThanOrEqual(6);
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
  expect(printed.bodies[0]).toContain('March committee');
  expect(printed.bodies[0]).toContain(`Printed ${today}`);
  expect(printed.bodies[0]).not.toContain('Question pack builder');
  expect(printed.bodies[0]).not.toContain('Choose questions');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('unticked questions are left out of the print, and the rest are numbered in order', async ({ page }) => {
    const path = '/questions/pack/recommendation/ofsted-walsall-2017-9/';
    await page.goto(path);
    const boxes = page.locator('.pack-contents input[type="checkbox"]');
    const titles = await page.locator('.pack-contents label').allTextContents();
    await boxes.nth(1).uncheck();
    await boxes.nth(4).uncheck();
    const printed = await printToPdf(page);
    const text = printed.bodies.join(' ');
    expect(text).not.toContain(flat(titles[1]));
    expect(text).not.toContain(flat(titles[4]));
    const kept = titles.filter((_, i) => i !== 1 && i !== 4);
    kept.forEach((title, i) => expect(text, `question ${i + 1}`).toContain(flat(`${i + 1}. ${title}`)));
    // Without JavaScript the printed address is the site's own (its canonical address), not the test server's.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expectPrintsWell(printed, await shownQuestions(page), canonical!);
    expect(printed.bodies[0], 'a line to write the date on').toMatch(/Printed Address/);
  });

  test('"questions only" prints the chosen questions on one page', async ({ page }) => {
    await page.goto('/questions/pack/topic/adoption/');
    await page.getByLabel(/The questions only/).check();
    await page.locator('.pack-contents input[type="checkbox"]').first().uncheck();
    const titles = await page.locator('.pack-contents label').allTextContents();
    const firstPrompt = flat((await page.locator('.pack-question__lists li').first().textContent())!);
    const printed = await printToPdf(page);
    expect(printed.pages).toHaveLength(1);
    expect(printed.bodies[0]).not.toContain(flat(titles[0]));
    titles.slice(1).forEach((title, i) => expect(printed.bodies[0]).toContain(flat(`${i + 1}. ${title}`)));
    expect(printed.bodies[0]).not.toContain(firstPrompt);
    expect(printed.bodies[0]).not.toContain('FOLLOW-UP PROMPTS');
  });

  test('a question page leads to a pack where it can be chosen and printed', async ({ page }) => {
    await page.goto('/questions/lga-09-special-guardian-support/');
    await page.getByRole('link', { name: /^Print this question: choose from the pack/ }).click();
    await expect(page).toHaveURL(/\/questions\/pack\/(recommendation|topic)\/.+#pick-lga-09-special-guardian-support$/);
    const box = page.locator('#pick-lga-09-special-guardian-support');
    await expect(box).toBeChecked();
    await expect(page.getByRole('checkbox')).not.toHaveCount(0);
    await expect(page.getByText('needs JavaScript')).toHaveCount(0);
  });
});
