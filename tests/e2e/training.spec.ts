import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** The induction path: progress follows the self-check and is kept in this browser; continue links; the printable summary. */

const questionsOf = (page: Page) => page.locator('.self-check__question');

/** Picks the right option for every question, or the wrong one for question `wrong`. */
async function answer(page: Page, wrong?: number): Promise<void> {
  const questions = questionsOf(page);
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const right = Number(await questions.nth(i).getAttribute('data-answer'));
    const options = questions.nth(i).locator('input[type=radio]');
    const pick = i === wrong ? (right + 1) % (await options.count()) : right;
    await options.nth(pick).check();
  }
}

/** Which option is checked in each question, -1 for none. */
const picked = (questions: Locator) =>
  questions.evaluateAll((sets) =>
    sets.map((set) => [...set.querySelectorAll<HTMLInputElement>('input[type=radio]')].findIndex((i) => i.checked)),
  );

test('a module is complete only once every self-check answer is right, and stays so after a reload', async ({ page }) => {
  await page.goto('/training/drift-and-delay/');
  await expect(page.getByRole('button', { name: 'Mark this module as complete' })).toHaveCount(0);
  const state = page.locator('.module-complete__state');
  await expect(state).toHaveText(/Not complete yet/);

  await answer(page, 0);
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.locator('.self-check__score')).toContainText('Get every answer right to complete this module');
  await expect(state).toHaveText(/Not complete yet/);

  await answer(page);
  await page.getByRole('button', { name: 'Check my answers' }).click();
  const count = await questionsOf(page).count();
  await expect(page.locator('.self-check__score')).toHaveText(
    `You got ${count} out of ${count} right. This module is marked complete in this browser.`,
  );
  await expect(state).toHaveText(/You have completed this module/);
  expect(await axeViolations(page), 'axe once complete').toEqual([]);

  const answers = await picked(questionsOf(page));
  await page.reload();
  expect(await picked(questionsOf(page)), 'answers come back after a reload').toEqual(answers);
  await expect(page.locator('.self-check__score')).toContainText(`You got ${count} out of ${count} right.`);
  await expect(state).toHaveText(/You have completed this module/);

  await page.goto('/training/');
  await expect(page.getByText('You have completed 1 of')).toBeVisible();
  await expect(page.locator('li[data-module="drift-and-delay"]')).toHaveAttribute('data-complete', 'true');
  await page.goto('/training/summary/');
  await expect(page.locator('li[data-module="drift-and-delay"]')).toBeVisible();
  await expect(page.locator('li[data-module="corporate-parenting"]')).toBeHidden();
});

test('answers picked but not yet checked survive a reload', async ({ page }) => {
  await page.goto('/training/the-childs-voice/');
  await answer(page, 1);
  const answers = await picked(questionsOf(page));
  await page.reload();
  expect(await picked(questionsOf(page))).toEqual(answers);
  await expect(page.locator('.self-check__score')).toHaveText('');
});

test('"Mark as not done" starts the module again and keeps the reader’s place', async ({ page }) => {
  await page.goto('/training/corporate-parenting/');
  await answer(page);
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await page.getByRole('button', { name: 'Mark as not done' }).click();
  const state = page.locator('.module-complete__state');
  await expect(state).toHaveText(/Not complete yet/);
  await expect(state).toBeFocused();
  expect(
    (await picked(questionsOf(page))).every((p) => p === -1),
    'answers cleared',
  ).toBe(true);
  await page.reload();
  expect(
    (await picked(questionsOf(page))).every((p) => p === -1),
    'still cleared after a reload',
  ).toBe(true);
  await page.goto('/training/');
  await expect(page.getByText('You have completed 0 of')).toBeVisible();
});

test('"Continue with module N" after each module and on the induction page', async ({ page }) => {
  await page.goto('/training/');
  const modules = await page.locator('li[data-module]').evaluateAll((items) =>
    items.map((li) => ({
      id: (li as HTMLElement).dataset.module!,
      order: (li as HTMLElement).dataset.order!,
      title: (li as HTMLElement).dataset.title!,
    })),
  );
  expect(modules.length).toBeGreaterThan(1);
  const [first, second] = modules;
  await expect(page.getByRole('link', { name: `Start with module ${first.order}: ${first.title}` })).toHaveAttribute(
    'href',
    `/training/${first.id}/`,
  );

  // After each module, the next one; after the last, the summary.
  for (const [i, m] of modules.entries()) {
    await page.goto(`/training/${m.id}/`);
    const next = modules[i + 1];
    if (next)
      await expect(page.getByRole('link', { name: `Continue with module ${next.order}: ${next.title}` })).toHaveAttribute(
        'href',
        `/training/${next.id}/`,
      );
    else await expect(page.getByRole('link', { name: /print your induction summary/ })).toHaveAttribute('href', '/training/summary/');
  }

  // Once module 1 is complete, the induction page carries on from module 2.
  await page.goto(`/training/${first.id}/`);
  await answer(page);
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await page.goto('/training/');
  await expect(page.getByRole('link', { name: `Continue with module ${second.order}: ${second.title}` })).toHaveAttribute(
    'href',
    `/training/${second.id}/`,
  );
});

test('the printable summary has a name and a date: written on the lines without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/training/summary/');
  const lines = page.locator('.signature-lines');
  await expect(lines.locator('dt')).toHaveText(['Name', 'Date']);
  await expect(lines.locator('.write-on')).toHaveCount(2);
  await expect(page.getByLabel('Your name, to print on the summary')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(lines).toBeVisible();
  await context.close();
});

test('the printable summary has a name and a date: typed in, with today’s date, with JavaScript', async ({ page }) => {
  await page.goto('/training/summary/');
  await page.getByLabel('Your name, to print on the summary').fill('Cllr Sam Patel');
  const lines = page.locator('.signature-lines');
  await expect(lines.locator('[data-name]')).toHaveText('Cllr Sam Patel');
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
  await expect(lines.locator('[data-date] time')).toHaveText(today);
  await expect(lines.locator('[data-date] time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  expect(await axeViolations(page), 'axe with a name typed').toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Your name, to print on the summary')).toBeHidden();
  await expect(lines.locator('[data-name]')).toBeVisible();
  await expect(lines.locator('[data-date]')).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Your name, to print on the summary').fill('');
  await expect(lines.locator('[data-name] .write-on'), 'a blank line again when the name is cleared').toHaveCount(1);
});
