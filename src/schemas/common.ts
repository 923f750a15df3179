import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { isoDate } from '../lib/dates';
import { calendarDate, pastDate, summaryText, titleText } from './dates-and-lengths';
import { AUDIENCE_IDS, TOPIC_IDS } from './topics';

export { calendarDate, isRealDate, pastDate, SUMMARY_MAX, summaryText, TITLE_MAX, titleText } from './dates-and-lengths';

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
