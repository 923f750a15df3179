import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { DIST, fileForPath } from './site';

test('a pack built by clicking gives the expected Markdown and CSV, and its address restores it', async ({ page }) => {
  await page.goto('/questions/pack/');
  await page.getByLabel('Add one question').selectOption('lga-05-drift-and-delay');
  await page.getByRole('button', { name: 'Add' }).nth(2).click();
  await page.getByLabel('Add one question').selectOption('lga-01-childs-voice');
  await page.getByRole('button', { name: 'Add' }).nth(2).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 question' })).toBeVisible();
  // Put the child's voice question first.
  await page
    .getByRole('button', { name: /^Move up: /, disabled: false })
    .first()
    .click();
  await page.getByLabel('Title for the pack').fill('March committee');
  await expect(page).toHaveURL(/\?q=lga-01-childs-voice,lga-05-drift-and-delay&title=March/);

  const [markdownDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download as Markdown' }).click(),
  ]);
  const markdown = readFileSync(await markdownDownload.path(), 'utf8');
  expect(markdown).toMatch(/^# March committee\n/);
  expect(markdown.indexOf('## 1. ')).toBeLessThan(markdown.indexOf('## 2. '));
  expect(markdown.split('## 2. ')[0]).toContain('/questions/lga-01-childs-voice/');
  expect(markdown.split('## 2. ')[1]).toContain('/questions/lga-05-drift-and-delay/');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as CSV' }).click()]);
  const rows = readFileSync(await csvDownload.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(rows).toHaveLength(3);
  expect(rows[1]).toMatch(/^"1","lga-01-childs-voice",/);
  expect(rows[2]).toMatch(/^"2","lga-05-drift-and-delay",/);

  const url = page.url();
  const fresh = await page.context().browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.locator('.pack-builder__list li')).toHaveCount(2);
  await expect(other.locator('.pack-builder__list li').first()).toHaveAttribute('data-id', 'lga-01-childs-voice');
  await expect(other.getByLabel('Title for the pack')).toHaveValue('March committee');
  await fresh.close();
});

test('"add to pack" on a question page puts it in the builder', async ({ page }) => {
  await page.goto('/questions/lga-09-special-guardian-support/');
  await page.getByRole('button', { name: 'Add to my question pack' }).click();
  await expect(page.getByRole('button', { name: 'Remove from my question pack' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: /Open my question pack \(1 question\)/ }).click();
  await expect(page.locator('.pack-builder__list li')).toHaveCount(1);
});

test('a static pack exists for every 2017 recommendation', () => {
  for (let n = 1; n <= 12; n++) {
    const file = fileForPath(DIST, `/questions/pack/recommendation/ofsted-walsall-2017-${n}/`);
    expect(file, `pack for 2017 recommendation ${n}`).toBeTruthy();
  }
});

test('with JavaScript, the self-check marks answers', async ({ page }) => {
  await page.goto('/training/corporate-parenting/');
  const questions = page.locator('.self-check__question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const answer = Number(await questions.nth(i).getAttribute('data-answer'));
    await questions.nth(i).locator('input[type=radio]').nth(answer).check();
  }
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByText(`You got ${count} out of ${count} right.`)).toBeVisible();
  await questions
    .first()
    .locator('input[type=radio]')
    .nth((Number(await questions.first().getAttribute('data-answer')) + 1) % 2)
    .check();
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(questions.first().getByText('Not quite.')).toBeVisible();
});

test('the checker gives the right answer on every tested path', async ({ page }) => {
  const paths: Array<[string[], RegExp]> = [
    [['Under 16', 'No', 'Grandparent'], /close relative is not privately fostered/],
    [
      ['Under 16', 'No', 'Cousin, great-aunt', 'No, the family', 'In the carer’s home', '28 days or more', 'Yes, the child already'],
      /Tell the council now/,
    ],
    [
      ['Under 16', 'No', 'Family friend', 'No, the family', 'In the carer’s home', 'Less than 28 days'],
      /less than 28 days is not private fostering/,
    ],
    [
      ['Under 16', 'No', 'Family friend', 'No, the family', 'In the carer’s home', '28 days or more', 'No, it starts in six weeks'],
      /at least six weeks before/,
    ],
    [
      ['16 or 17', 'Yes', 'No', 'Someone else', 'No, the family', 'In the carer’s home', '28 days or more', 'No, but it starts'],
      /Tell the council now/,
    ],
    [['16 or 17', 'No'], /under 16, or under 18 if they are disabled/],
    [
      ['Under 16', 'No', 'Someone else', 'No, the family', 'At a boarding school, during the school holidays', 'Yes'],
      /can count as private fostering/,
    ],
  ];
  for (const [choices, expected] of paths) {
    await page.goto('/guides/private-fostering/checker/age/');
    for (const choice of choices) await page.locator('.checker-choice', { hasText: choice }).first().click();
    await expect(page.getByRole('heading', { level: 1 }), choices.join(' → ')).toHaveText(expected);
  }
});
