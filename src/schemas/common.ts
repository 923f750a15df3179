import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { isoDate, today } from '../lib/dates';
import { AUDIENCE_IDS, TOPIC_IDS } from './topics';

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
  .max(TITLE_MAX, { error: (issue) => `is ${String(issue.input).length} characters: keep a title to ${TITLE_MAX} or fewer, so it fits a heading (move detail into the summary or the body)` });

/** One or two plain sentences shown in lists and search results. */
export const summaryText = z
  .string()
  .min(20)
  .max(SUMMARY_MAX, { error: (issue) => `is ${String(issue.input).length} characters: keep a summary to ${SUMMARY_MAX} or fewer (one or two short sentences), so it fits a search result` });

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
          : `"${String(issue.input)}" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-29`,
  })
  .regex(YYYY_MM_DD, { error: (issue) => `"${String(issue.input)}" is not a date in the form YYYY-MM-DD (e.g. 2026-11-29)`, abort: true })
  .refine(isRealDate, { error: (issue) => `${String(issue.input)} is not a real date: check the month (01 to 12) and the day (the month may have fewer days)`, abort: true });

const toDate = (text: string) => new Date(`${text}T00:00:00Z`);

/** A real calendar date (YYYY-MM-DD), read as a Date at midnight UTC. */
export const calendarDate = dateText.transform(toDate);

/** A real calendar date (YYYY-MM-DD) not after the build date (`today()`, which honours SOURCE_DATE_EPOCH). */
export const pastDate = dateText
  .refine((text) => text <= isoDate(today()), {
    error: (issue) => `${String(issue.input)} is in the future (the build date is ${isoDate(today())}): give the date the check was actually done`,
  })
  .transform(toDate);

/** A citation: which source document, and where in it. */
export const CitationSchema = z.object({
  /** The id of an entry in `content/sources/`. */
  source: reference('sources'),
  /** The section, heading, paragraph or page of that document, as a reader would find it. */
  section: z.string().min(3),
  /** For a primary source: the exact https address of that section (e.g. a legislation.gov.uk section page). */
  url: z.url({ protocol: /^https$/ }).optional(),
});

/** A dated figure from a source, used in tables and charts. */
export const FigureSchema = z.object({
  /** What is counted, e.g. "Special guardianship orders granted". */
  label: z.string().min(3),
  /** The number as the source gives it. */
  value: z.number(),
  /** Unit shown after the value, e.g. "%", "days", "children". */
  unit: z.string().optional(),
  /** The year or period the figure describes, e.g. "2017" or "2016-17". */
  period: z.string().min(4),
  citation: CitationSchema,
});

/** Fields every content page carries: traceability, citations, currency, indexing. */
export const pageFields = {
  /** Page title, as the h1 (at most TITLE_MAX characters). */
  title: titleText,
  /** One or two plain-English sentences: shown in lists and as the meta description (20 to SUMMARY_MAX characters). */
  summary: summaryText,
  /** Recommendation ids this page supports: at least one. */
  recommendations: z.array(reference('recommendations')).min(1),
  /** The source documents (and sections) the page's facts come from: at least one. */
  sources: z.array(CitationSchema).min(1),
  /** The date or period the facts describe, in words: "2018", "June 2012", "2011 to 2017". */
  factsDate: z.string().min(4),
  /** When an editor last checked the page against its sources (YYYY-MM-DD, not after the build date). */
  lastReviewed: pastDate,
  /** When the page must next be checked (YYYY-MM-DD, after lastReviewed). */
  reviewDue: calendarDate,
  /** When an editor last checked the law and policy the page states against the primary sources it cites (YYYY-MM-DD, not after the build date). */
  lawChecked: pastDate.optional(),
  /** Topics from the controlled list in `src/schemas/topics.ts`. */
  topics: z.array(z.enum(TOPIC_IDS)).min(1),
  /** Who the page is for. */
  audience: z.array(z.enum(AUDIENCE_IDS)).min(1),
  /** Words and phrases people type when they mean this page; indexed for search, never shown. */
  searchTerms: z.array(z.string().min(2)).default([]),
};

/** Rules across the page fields: the next review falls after the last one. */
export function checkPageDates(data: { lastReviewed?: unknown; reviewDue?: unknown }, ctx: z.RefinementCtx): void {
  const { lastReviewed, reviewDue } = data;
  if (!(lastReviewed instanceof Date) || !(reviewDue instanceof Date)) return;
  if (reviewDue.getTime() <= lastReviewed.getTime()) {
    ctx.addIssue({
      code: 'custom',
      path: ['reviewDue'],
      message: `${isoDate(reviewDue)} is not after lastReviewed (${isoDate(lastReviewed)}): set the next review after the last one (usually a year later)`,
    });
  }
}

/** A collection schema with the page rules added: use for every collection that spreads `pageFields`. */
export const withPageRules = <T extends z.ZodObject>(schema: T) => schema.superRefine(checkPageDates);

export const PageSchema = withPageRules(z.object(pageFields));
