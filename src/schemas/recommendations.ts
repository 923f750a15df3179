import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { CitationSchema, summaryText, titleText } from './common';

/** Red/amber/green ratings as the March 2018 progress report gives them. */
export const RagSchema = z.enum(['red', 'amber', 'yellow', 'green', 'blue', 'grey', 'not-given']);

const PeriodStatusSchema = z.object({
  /** How far the actions have been carried out. */
  process: RagSchema,
  /** Whether they have made a difference to children. */
  impact: RagSchema,
});

/** A national page that supports a recommendation, named by its collection: `{ guides: private-fostering }`. */
const SupportingPageSchema = z.union([
  z.object({ permanence: reference('permanence') }),
  z.object({ guides: reference('guides') }),
  z.object({ training: reference('training') }),
  z.object({ questions: reference('questions') }),
  z.object({ 'case-studies': reference('case-studies') }),
  z.object({ legislation: reference('legislation') }),
  z.object({ glossary: reference('glossary') }),
]);

/** An inspection or scrutiny recommendation: `content/editions/<council>/recommendations/<id>.mdx`. The file name is its id. */
export const RecommendationSchema = z.object({
  /** A short title of your own, e.g. "Friends and family placements". */
  title: titleText,
  /** The inspection or review that made it: a file name in `inspections/` of the same edition. */
  inspection: reference('inspections'),
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
  /**
   * Pages of the national knowledge base that support it, named from this side, e.g. `- guides: private-fostering`.
   * A council ties its recommendations to national pages this way without editing them; each page then lists it.
   */
  supportedBy: z.array(SupportingPageSchema).default([]),
});
