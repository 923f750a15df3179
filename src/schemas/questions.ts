import { z } from 'astro/zod';
import { pageFields } from './common';

export const QUESTION_ORIGINS = {
  'lga-kloe': 'LGA key lines of enquiry (2018)',
  'walsall-frontline': 'Walsall working group: questions for frontline staff (2019)',
  'walsall-managers': 'Walsall working group: questions for managers (2019)',
  'telford-findings': 'Raised by the Telford & Wrekin inspection findings (2020)',
  'site-added': 'Added by this site from the inspection record, where no source list asks it',
  'corporate-parenting-principles': 'Added by this site: one question for each corporate parenting principle in the 2017 Act',
} as const;
export type QuestionOrigin = keyof typeof QUESTION_ORIGINS;

/** One question in the bank. The title is the question itself. */
export const QuestionSchema = z.object({
  ...pageFields,
  origin: z.array(z.enum(Object.keys(QUESTION_ORIGINS) as [QuestionOrigin, ...QuestionOrigin[]])).min(1),
  /** The group it belongs to in its source, e.g. "KLOE 2: Reunification support". */
  group: z.string().min(3),
  /** Order within the bank. */
  order: z.number(),
  /** Why a councillor should ask it. */
  whyItMatters: z.string().min(20),
  /** Follow-up prompts (the LGA sub-questions, in the site's words). */
  prompts: z.array(z.string().min(5)).default([]),
  /** What to ask officers for; name a public dataset where the sources name one. */
  evidence: z.array(z.object({ ask: z.string().min(5), dataset: z.string().optional() })).min(1),
  /** What a good answer looks like. */
  goodAnswer: z.string().min(20),
});
