const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23 November 2026" */
export function formatDate(date: Date): string {
  return format.format(date);
}

/** "2026-11-23" for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The build date: reviews due on or before it are overdue. SOURCE_DATE_EPOCH pins it for reproducible builds. */
export function today(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch ? new Date(Number(epoch) * 1000) : new Date();
}
