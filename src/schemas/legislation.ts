import { z } from 'astro/zod';
import { pageFields } from './common';

export const LAW_KINDS = {
  act: 'Act of Parliament',
  regulations: 'Regulations',
  'statutory-guidance': 'Statutory guidance',
  guidance: 'Guidance or framework',
  judgment: 'Court judgment',
  convention: 'International convention',
  review: 'Review or report',
  programme: 'Programme or policy',
  body: 'National body',
} as const;
export type LawKind = keyof typeof LAW_KINDS;

export const JURISDICTIONS = ['England', 'England and Wales', 'UK', 'Scotland', 'International'] as const;

/** An act, regulation, guidance, judgment, convention, review, programme or national body. */
export const LegislationSchema = z.object({
  ...pageFields,
  kind: z.enum(Object.keys(LAW_KINDS) as [LawKind, ...LawKind[]]),
  /** Year made, published or set up. */
  year: z.number().int().min(1900).max(2100),
  jurisdiction: z.enum(JURISDICTIONS),
  /** Short names and abbreviations, e.g. "ACA 2002", "Re B-S". */
  aliases: z.array(z.string()).default([]),
  /** What it does or changed, as the sources describe it: one or two sentences. */
  whatItDoes: z.string().min(20).max(500),
});
