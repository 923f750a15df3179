import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { AUDIENCE_IDS, TOPIC_IDS } from './topics';

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
  /** Page title, as the h1. */
  title: z.string().min(3),
  /** One or two plain-English sentences: shown in lists and as the meta description. */
  summary: z.string().min(20).max(320),
  /** Recommendation ids this page supports: at least one. */
  recommendations: z.array(reference('recommendations')).min(1),
  /** The source documents (and sections) the page's facts come from: at least one. */
  sources: z.array(CitationSchema).min(1),
  /** The date or period the facts describe, in words: "2018", "June 2012", "2011 to 2017". */
  factsDate: z.string().min(4),
  /** When an editor last checked the page against its sources. */
  lastReviewed: z.coerce.date(),
  /** When the page must next be checked. */
  reviewDue: z.coerce.date(),
  /** When an editor last checked the law and policy the page states against the primary sources it cites. */
  lawChecked: z.coerce.date().optional(),
  /** Topics from the controlled list in `src/schemas/topics.ts`. */
  topics: z.array(z.enum(TOPIC_IDS)).min(1),
  /** Who the page is for. */
  audience: z.array(z.enum(AUDIENCE_IDS)).min(1),
  /** Words and phrases people type when they mean this page; indexed for search, never shown. */
  searchTerms: z.array(z.string().min(2)).default([]),
};

export const PageSchema = z.object(pageFields);
