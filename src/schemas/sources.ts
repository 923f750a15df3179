import { z } from 'astro/zod';

/** A document the site draws on: one of the five sources, or a piece of law cited directly. */
export const SourceSchema = z.object({
  /** Full title as published. */
  title: z.string().min(3),
  /** A short name for lists and citations. */
  shortTitle: z.string().min(3),
  /** Who published it. */
  publisher: z.string().min(2),
  /** When it was published or presented, in words. */
  date: z.string().min(4),
  /** For sorting: the year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** What kind of document it is. */
  kind: z.enum(['national-guidance', 'inspection-report', 'scrutiny-report', 'committee-papers', 'progress-report', 'legislation']),
  /** One or two sentences on what it is and why it matters here. */
  summary: z.string().min(20),
  /** The period its facts describe, in words. */
  factsDate: z.string().min(4),
  /** The main sections a reader can find in it. */
  sections: z.array(z.string()).default([]),
});
