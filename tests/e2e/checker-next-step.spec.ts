/**
 * The public's next step (issues 14 and 17): the checker and the guide cannot know the reader's council, so they link
 * GOV.UK's "Find your local council", say what to ask for and what to have ready, and give someone who is late a calm
 * next step. The public route carries no councillor material. All of it without JavaScript.
 */
import { expect, test } from './fixtures';

const FIND_COUNCIL = 'https://www.gov.uk/find-your-local-council';
test.use({ javaScriptEnabled: false });

test('the checker’s start page has no councillor material', async ({ page }) => {
  await page.goto('/guides/private-fostering/checker/');
  const main = page.getByRole('main');
  await expect(main).not.toContainText(/recommendation|Ofsted|Walsall|scrutiny/i);
  await expect(main.getByRole('link', { name: 'Start now' })).toBeVisible();
});

test('"tell the council now" says how to find the council, what to say, and what to do if already late', async ({ page }) => {
  await page.goto('/guides/private-fostering/checker/result-tell-now/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: 'How to tell the council' })).toBeVisible();
  await expect(main.getByRole('link', { name: /Find your local council/ })).toHaveAttribute('href', FIND_COUNCIL);
  await expect(main).toContainText('Say you want to tell them about a child who is privately fostered.');
  await expect(main).toContainText('the carer’s name and address');
  await expect(main.getByRole('heading', { level: 2, name: 'Should you have told the council already?' })).toBeVisible();
  // The result no longer ends on the offence: the calm next step comes after it.
  const text = (await main.innerText()).replace(/\s+/g, ' ');
  expect(text.indexOf('is an offence.')).toBeGreaterThan(0);
  expect(text.indexOf('Then tell the council now.')).toBeGreaterThan(text.indexOf('is an offence.'));
});

test('a carer telling the council in good time gets how to tell it, without the late step', async ({ page }) => {
  await page.goto('/guides/private-fostering/checker/result-tell-six-weeks/');
  await expect(page.getByRole('main').getByRole('link', { name: /Find your local council/ })).toHaveAttribute('href', FIND_COUNCIL);
  await expect(page.getByRole('heading', { name: 'Should you have told the council already?' })).toHaveCount(0);
});

test('every result that says to tell the council links GOV.UK’s council finder', async ({ page }) => {
  for (const id of ['result-tell-now', 'result-tell-six-weeks', 'result-holiday', 'result-not-sure']) {
    await page.goto(`/guides/private-fostering/checker/${id}/`);
    await expect(page.getByRole('main').getByRole('link', { name: /Find your local council/ }), id).toHaveAttribute('href', FIND_COUNCIL);
  }
});

test('the guide links GOV.UK’s council finder and gives a next step to someone who is late', async ({ page }) => {
  await page.goto('/guides/private-fostering/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: /Find your local council/ })).toHaveAttribute('href', FIND_COUNCIL);
  await expect(main.getByRole('heading', { name: 'If you should have told the council already' })).toBeVisible();
  await expect(main).toContainText('Say you want to tell them about a child who is privately fostered.');
});
