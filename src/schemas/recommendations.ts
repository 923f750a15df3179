import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { CitationSchema, summaryText, titleText } from './common';

/** The four sets of recommendations the site traces, by their full titles. */
export const INSPECTIONS = {
  'ofsted-walsall-2012': 'Ofsted inspection of safeguarding and looked after children services, Walsall, 2012',
  'ofsted-walsall-2017': 'Ofsted inspection of children’s services, Walsall, June to July 2017',
  'walsall-scrutiny-2019': 'Walsall scrutiny working group on permanence, 2019',
  'ofsted-telford-2020': 'Ofsted inspection of children’s services, Telford & Wrekin, 2020',
} as const;
export type Inspection = keyof typeof INSPECTIONS;

/**
 * Short names that tell the inspections apart wherever recommendations from several are listed:
 * council, year, then who made them. Every list of recommendations takes its names from here.
 */
export const INSPECTION_SHORT_NAMES: Record<Inspection, string> = {
  'ofsted-walsall-2012': 'Walsall 2012 Ofsted inspection',
  'ofsted-walsall-2017': 'Walsall 2017 Ofsted inspection',
  'walsall-scrutiny-2019': 'Walsall 2019 scrutiny working group',
  'ofsted-telford-2020': 'Telford & Wrekin 2020 Ofsted inspection',
};

/** The inspection's short name, e.g. "Walsall 2017 Ofsted inspection". */
export const inspectionName = (inspection: Inspection) => INSPECTION_SHORT_NAMES[inspection];

/** A recommendation's distinct name, e.g. "Walsall 2017 Ofsted inspection, recommendation 7". */
export const recommendationName = ({ inspection, number }: { inspection: Inspection; number: string }) =>
  `${inspectionName(inspection)}, recommendation ${number}`;

/** Red/amber/green ratings as the March 2018 progress report gives them. */
export const RagSchema = z.enum(['red', 'amber', 'yellow', 'green', 'blue', 'grey', 'not-given']);

const PeriodStatusSchema = z.object({
  /** How far the actions have been carried out. */
  process: RagSchema,
  /** Whether they have made a difference to children. */
  impact: RagSchema,
});

/** An inspection or scrutiny recommendation. The file name is its id. */
export const RecommendationSchema = z.object({
  /** A short title of your own, e.g. "Friends and family placements". */
  title: titleText,
  inspection: z.enum(Object.keys(INSPECTIONS) as [Inspection, ...Inspection[]]),
  /** Its number or label in the source, e.g. "7", "7.1a", "S-I1". */
  number: z.string().min(1),
  /** Order within its inspection. */
  order: z.number(),
  /** Who made it. */
  madeBy: z.string().min(3),
  /** When it was made, in words. */
  date: z.string().min(4),
  /** Its theme in a few words. */
  theme: z.string().min(3),
  /** Whom it is addressed to, e.g. "The council", "Walsall Safeguarding Children Board". */
  addresses: z.string().min(3),
  /** The timescale set for it, where one was set. */
  timescale: z.string().optional(),
  /** What it asks for, in the site's own words (never the original wording). */
  summary: summaryText,
  /** Where it stands in the source. */
  citation: CitationSchema,
  /** For 2017: the March 2018 progress ratings for the two reporting periods. */
  progress: z
    .object({
      /** Label of the earlier period, e.g. "Period 1". */
      earlier: PeriodStatusSchema,
      later: PeriodStatusSchema,
      citation: CitationSchema,
    })
    .optional(),
  /** Recommendations from other inspections on the same concern. */
  related: z
    .array(
      z.object({
        recommendation: reference('recommendations'),
        /** How the two connect. */
        note: z.string().min(10),
      }),
    )
    .default([]),
});
