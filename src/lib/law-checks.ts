/**
 * Law checks: how long a check of the law against its primary sources stays fresh. A page's law-checked date is kept
 * apart from its review dates: the review asks "does the page still match its sources?", the law check asks "is the
 * law it states still the law?".
 */

/** A law check is due this many months after the last one. Law moves faster than the 2012 to 2020 evidence. */
export const LAW_CHECK_INTERVAL_MONTHS = 6;

/** The date the next law check falls due. */
export function lawCheckDueDate(checked: Date, months = LAW_CHECK_INTERVAL_MONTHS): Date {
  const due = new Date(checked.getTime());
  due.setUTCMonth(due.getUTCMonth() + months);
  return due;
}

/** True when the law check is due on or before `today`. */
export function isLawCheckDue(checked: Date, today: Date, months = LAW_CHECK_INTERVAL_MONTHS): boolean {
  return lawCheckDueDate(checked, months).getTime() <= today.getTime();
}

/** The items whose law check is due, oldest check first. */
export function lawChecksDue<T>(
  items: T[],
  checkedOf: (item: T) => Date | undefined,
  today: Date,
  months = LAW_CHECK_INTERVAL_MONTHS,
): T[] {
  return items
    .filter((item) => {
      const checked = checkedOf(item);
      return checked !== undefined && isLawCheckDue(checked, today, months);
    })
    .sort((a, b) => checkedOf(a)!.getTime() - checkedOf(b)!.getTime());
}
