import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { CitationSchema, pageFields } from './common';

/** One dated event on a visual timeline. */
export const TimelineEventSchema = z.object({
  /** In words, e.g. "June 2012". */
  date: z.string().min(4),
  title: z.string().min(3),
  text: z.string().min(10),
  /** Recommendations made or reviewed at this point. */
  recommendations: z.array(reference('recommendations')).default([]),
});

/** A table of inspection judgements. */
export const JudgementTableSchema = z.object({
  caption: z.string().min(3),
  /** Column headings after the first ("Area"). */
  columns: z.array(z.string()).min(1),
  rows: z.array(z.object({ area: z.string(), grades: z.array(z.string()) })).min(1),
  citation: CitationSchema,
});

/** A long-form guide: the public private fostering guide, the scrutiny guide, inspection journeys. */
export const GuideSchema = z.object({
  ...pageFields,
  /** Order on the guides index. */
  order: z.number(),
  /** Show a contents list of the h2 headings. */
  contents: z.boolean().default(true),
  /** A dated journey drawn as a visual timeline above the body. */
  timeline: z.array(TimelineEventSchema).default([]),
  /** Inspection judgements shown as tables. */
  judgements: z.array(JudgementTableSchema).default([]),
});
