/** The per-page currency box, rendered as a page renders it: the overdue warning shows only once the review date has passed. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Currency from '../../src/components/content/Currency.astro';
import { today } from '../../src/lib/dates';

const DAY = 24 * 60 * 60 * 1000;
/** The box's HTML, without the source-location attributes Vite's dev mode adds. */
const render = async (reviewDue: Date, lawChecked?: Date) =>
  (
    await (
      await AstroContainer.create()
    ).renderToString(Currency, { props: { factsDate: '2018', lastReviewed: new Date('2018-06-01T00:00:00Z'), reviewDue, lawChecked } })
  ).replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');

describe('the currency box', () => {
  it('warns that a page is overdue once its review date has passed', async () => {
    const html = await render(new Date(today().getTime() - DAY));
    expect(html).toContain('(overdue: check against current law and data before relying on it)');
    expect(html).toMatch(/<dt>Review due<\/dt><dd><time datetime="\d{4}-\d{2}-\d{2}">[^<]+<\/time><strong> \(overdue/);
  });

  it('gives no warning for a page due a review later', async () => {
    const html = await render(new Date(today().getTime() + 30 * DAY));
    expect(html).not.toContain('overdue');
  });

  it('says when the law was checked, where it was', async () => {
    expect(await render(new Date(today().getTime() + DAY), new Date('2026-11-29T00:00:00Z'))).toContain('<dt>Law checked</dt>');
    expect(await render(new Date(today().getTime() + DAY))).not.toContain('Law checked');
  });
});
