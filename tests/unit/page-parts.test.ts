/** Review warnings: which pages are overdue and due soon (the comparison and diagram: permanence-law.test.ts). */
import { describe, expect, it, vi } from 'vitest';
import { DUE_SOON_DAYS, isOverdue, reviewSchedule } from '../../src/lib/review-status';

vi.mock('astro:content', () => import('./harness/content').then((h) => h.mockedAstroContent()));

const { tracedPages } = await import('../../src/content');
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
    const pages = [
      due('later', DUE_SOON_DAYS * day),
      due('soon', 10 * day),
      due('late', -day),
      due('today', 0),
      due('edge', DUE_SOON_DAYS * day - 1),
    ];
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
