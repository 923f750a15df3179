/** What content pages build from their data: the comparison, the responsibility diagram, review warnings. */
import { describe, expect, it, vi } from 'vitest';
import { DUE_SOON_DAYS, isOverdue, reviewSchedule } from '../../src/lib/review-status';

vi.mock('astro:content', () => import('./harness/content').then((h) => h.mockedAstroContent()));

const { permanence, tracedPages } = await import('../../src/content');
const { COMPARISON_COLUMNS, comparableOptions, responsibilityGroups } = await import('../../src/lib/comparison');

describe('the comparison table', () => {
  it('compares the options that have facts, in their order', () => {
    expect(comparableOptions(permanence).map((o) => o.id)).toEqual(['special-guardianship', 'adoption', 'long-term-fostering', 'staying-put']);
  });

  it.each([
    ['adoption', ['Adoption and Children Act 2002', 'Adopters only. Held as the Adoption and Children Act 2002 says', 'No. Looked-after note for Adoption and Children Act 2002', 'Birth family under Adoption and Children Act 2002', 'Support under Adoption and Children Act 2002', 'Duration under Adoption and Children Act 2002']],
    ['special-guardianship', ['Children Act 1989, section 14A', 'Carer, with powers above the birth parents. Held as the Children Act 1989, section 14A says', 'No. Looked-after note for Children Act 1989, section 14A', 'Birth family under Children Act 1989, section 14A', 'Support under Children Act 1989, section 14A', 'Duration under Children Act 1989, section 14A']],
    ['long-term-fostering', ['Care Planning Regulations 2010', 'Shared between birth parents and the council. Held as the Care Planning Regulations 2010 says', 'Yes. Looked-after note for Care Planning Regulations 2010', 'Birth family under Care Planning Regulations 2010', 'Support under Care Planning Regulations 2010', 'Duration under Care Planning Regulations 2010']],
    ['staying-put', ['Children and Families Act 2014', 'Not applicable. Held as the Children and Families Act 2014 says', 'It depends. Looked-after note for Children and Families Act 2014', 'Birth family under Children and Families Act 2014', 'Support under Children and Families Act 2014', 'Duration under Children and Families Act 2014']],
  ])('writes each cell of %s from its own facts', (id, cells) => {
    const facts = permanence.find((o) => o.id === id)!.data.facts!;
    expect(COMPARISON_COLUMNS.map(([, cell]) => cell(facts))).toEqual(cells);
  });

  it('has its columns in the agreed order', () => {
    expect(COMPARISON_COLUMNS.map(([heading]) => heading)).toEqual(['Legal basis', 'Parental responsibility', 'Stays looked after?', 'Birth family', 'Support', 'How long it lasts']);
  });
});

describe('the responsibility diagram', () => {
  it('groups options by who holds parental responsibility, in the scale’s order, leaving out empty groups and “not applicable”', () => {
    expect(responsibilityGroups(permanence).map((g) => [g.holder, g.items.map((o) => o.id)])).toEqual([
      ['shared', ['long-term-fostering']],
      ['carer-enhanced', ['special-guardianship']],
      ['adopters-only', ['adoption']],
    ]);
  });

  it('draws nothing when no option has facts', () => {
    expect(responsibilityGroups(permanence.filter((o) => !o.data.facts))).toEqual([]);
  });
});

describe('review dates', () => {
  const now = new Date('2026-11-29T00:00:00Z');
  const day = 24 * 60 * 60 * 1000;
  const due = (id: string, ms: number) => ({ id, data: { reviewDue: new Date(now.getTime() + ms) } });

  it('a page is overdue from the moment after its review date, not on it', () => {
    expect(isOverdue(new Date(now.getTime() - 1), now)).toBe(true);
    expect(isOverdue(now, now)).toBe(false);
    expect(isOverdue(new Date(now.getTime() + 1), now)).toBe(false);
  });

  it('sorts pages by review date and picks out the overdue and those due within 90 days', () => {
    const pages = [due('later', DUE_SOON_DAYS * day), due('soon', 10 * day), due('late', -day), due('today', 0), due('edge', DUE_SOON_DAYS * day - 1)];
    const { byDue, overdue, dueSoon } = reviewSchedule(pages, now);
    expect(byDue.map((p) => p.id)).toEqual(['late', 'today', 'soon', 'edge', 'later']);
    expect(overdue.map((p) => p.id)).toEqual(['late']);
    expect(dueSoon.map((p) => p.id)).toEqual(['today', 'soon', 'edge']);
    expect(pages[0].id).toBe('later');
  });

  it('finds the overdue page in the harness content', () => {
    expect(reviewSchedule(tracedPages, now).overdue.map((p) => p.id)).toEqual(['looked-after-child']);
  });
});
