import { z } from 'astro/zod';
import { FigureSchema, pageFields } from './common';

/** What a council or agency did and what changed. */
export const CaseStudySchema = z.object({
  ...pageFields,
  /** Councils, agencies and partners involved. */
  organisations: z.array(z.string()).min(1),
  /** Scotland has different law and courts: mark it. */
  nation: z.enum(['England', 'Scotland', 'Wales']),
  /** When it happened, in words. */
  period: z.string().min(4),
  /** Dated figures showing what changed. */
  figures: z.array(FigureSchema).default([]),
  /** What a councillor can take from it: two to five short points. */
  takeaways: z.array(z.string().min(10)).min(1),
});
