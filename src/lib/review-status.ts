/** Review dates: which pages are overdue, and which fall due soon. `now` is the build date (`today()`). */

/** Pages due within this many days are listed as due soon. */
export const DUE_SOON_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A page is overdue once its review date is before now. */
export const isOverdue = (reviewDue: Date, now: Date) => reviewDue.getTime() < now.getTime();

/** Pages by review date, soonest first, with the overdue and the due-soon ones picked out. */
export function reviewSchedule<T extends { data: { reviewDue: Date } }>(pages: T[], now: Date) {
  const soon = now.getTime() + DUE_SOON_DAYS * DAY_MS;
  const byDue = [...pages].sort((a, b) => a.data.reviewDue.getTime() - b.data.reviewDue.getTime());
  const overdue = byDue.filter((p) => isOverdue(p.data.reviewDue, now));
  const dueSoon = byDue.filter((p) => !isOverdue(p.data.reviewDue, now) && p.data.reviewDue.getTime() < soon);
  return { byDue, overdue, dueSoon };
}
