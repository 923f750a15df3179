/**
 * Date and length rules shared by the schemas. Kept apart from `common.ts` (which imports `astro:content`) so that
 * schemas and tests that do not need references can use them.
 */
import { z } from 'astro/zod';
import { isoDate, today } from '../lib/dates';

/**
 * Lengths that fit where the text is shown. A title is the page's h1 and its browser tab: up to 160 characters, two
 * lines of heading on a phone (the longest in use, a question, has 148). A summary is the meta description and the
 * text under each result in lists: up to 300 characters, two short sentences (the longest in use has 258).
 */
export const TITLE_MAX = 160;
export const SUMMARY_MAX = 300;

/** A page or document title. */
export const titleText = z
  .string()
  .min(3)
  .max(TITLE_MAX, {
    error: (issue) =>
      `is ${(issue.input as string).length} characters: keep a title to ${TITLE_MAX} or fewer, so it fits a heading (move detail into the summary or the body)`,
  });

/** One or two plain sentences shown in lists and search results. */
export const summaryText = z
  .string()
  .min(20)
  .max(SUMMARY_MAX, {
    error: (issue) =>
      `is ${(issue.input as string).length} characters: keep a summary to ${SUMMARY_MAX} or fewer (one or two short sentences), so it fits a search result`,
  });

const YYYY_MM_DD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether "YYYY-MM-DD" names a day that exists (2026-02-29 and 2026-13-45 do not). */
export function isRealDate(text: string): boolean {
  const match = YYYY_MM_DD.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A real calendar date written YYYY-MM-DD, as text. An impossible date is refused rather than rolled over (JavaScript
 * and YAML 1.1 read 2026-13-45 as 14 February 2027). Entries reach the schema with their dates as the text written,
 * not as YAML dates: see `src/loaders/checked-glob.ts`.
 */
const dateText = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: add it as YYYY-MM-DD, e.g. 2026-11-29'
        : issue.input instanceof Date
          ? 'reached the schema as a YAML date, so an impossible date could not be seen: load the collection with checkedGlob()'
          : `"${issue.input as string}" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-29`,
  })
  .regex(YYYY_MM_DD, { error: (issue) => `"${issue.input as string}" is not a date in the form YYYY-MM-DD (e.g. 2026-11-29)`, abort: true })
  .refine(isRealDate, {
    error: (issue) => `${String(issue.input)} is not a real date: check the month (01 to 12) and the day (the month may have fewer days)`,
    abort: true,
  });

const toDate = (text: string) => new Date(`${text}T00:00:00Z`);

/** A real calendar date (YYYY-MM-DD), read as a Date at midnight UTC. */
export const calendarDate = dateText.transform(toDate);

/** A real calendar date (YYYY-MM-DD) not after the build date (`today()`, which honours SOURCE_DATE_EPOCH). */
export const pastDate = dateText
  .refine((text) => text <= isoDate(today()), {
    error: (issue) =>
      `${String(issue.input)} is in the future (the build date is ${isoDate(today())}): give the date the check was actually done`,
  })
  .transform(toDate);
