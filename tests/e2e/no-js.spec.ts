import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('without JavaScript, the main navigation and breadcrumbs work', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await page.getByRole('link', { name: 'Special guardianship order', exact: false }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Special guardianship order');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recommendations' }).click();
  await page.getByRole('link', { name: /^9: / }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/permanence/i);
});

test('without JavaScript, the header search submits to the search page, which offers the indexes', async ({ page }) => {
  await page.goto('/permanence/');
  await page.getByRole('searchbox', { name: 'Search the knowledge base' }).fill('adoption');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=adoption/);
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await page.getByRole('link', { name: /Glossary: A to Z/ }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
});

test('without JavaScript, the private fostering checker works as linked pages', async ({ page }) => {
  await page.goto('/guides/private-fostering/checker/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByRole('link', { name: 'Under 16' }).click();
  await page.getByRole('link', { name: 'No', exact: true }).click();
  await page.getByRole('link', { name: /Cousin/ }).click();
  await page.getByRole('link', { name: /family arranged it privately/ }).click();
  await page.getByRole('link', { name: /carer’s home/ }).click();
  await page.getByRole('link', { name: /28 days or more/ }).click();
  await page.getByRole('link', { name: /already lives there/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tell the council now');
});

test('without JavaScript, self-check answers are revealed by a disclosure', async ({ page }) => {
  await page.goto('/training/corporate-parenting/');
  const first = page.locator('.self-check__question').first();
  await expect(first.locator('.self-check__answer p')).toBeHidden();
  await first.getByText('Show the answer').click();
  await expect(first.locator('.self-check__answer p')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check my answers' })).toBeHidden();
});

test('without JavaScript, the pack builder says how to choose and print from the ready-made packs', async ({ page }) => {
  await page.goto('/questions/pack/');
  await expect(page.getByText('Untick the questions you do not want.')).toBeVisible();
  await page.getByText(/Packs by recommendation/).click();
  await page.getByRole('link', { name: /Walsall 2017 Ofsted inspection,? (recommendation )?9:/ }).click();
  await expect(page.locator('.pack-question').first()).toBeVisible();
  await expect(page.locator('.pack-contents').getByRole('checkbox').first()).toBeChecked();
});
