import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { CitationSchema } from './common';

/** The kinds of inspection and review whose recommendations the site traces. */
export const INSPECTION_KINDS = {
  'ofsted-inspection': 'Ofsted inspection',
  'focused-visit': 'Ofsted focused visit',
  'scrutiny-review': 'Scrutiny review',
  'peer-review': 'Peer review',
} as const;
export type InspectionKind = keyof typeof INSPECTION_KINDS;

/**
 * Ofsted gives no overall effectiveness judgement in its inspections of council children's services from April 2026
 * (see `content/changes/ilacs-overall-grade-ends.mdx`). Judgements from earlier frameworks stay as they were given.
 */
export const OVERALL_JUDGEMENT_ENDS = new Date('2026-04-01T00:00:00Z');

/** One judgement as the report gives it, e.g. area "Overall effectiveness", grade "Outstanding". */
export const JudgementSchema = z.object({
  /** What was judged, as the report names it; say which service when a report judges more than one. */
  area: z.string().min(3).max(160),
  /** The grade in the report's own words, e.g. "Requires improvement to be good". */
  grade: z.string().min(2).max(60),
});

/**
 * An inspection or review: `content/editions/<council>/inspections/<id>.mdx`. The file name is its id, and its
 * recommendations name it in their `inspection` field.
 */
export const InspectionSchema = z
  .object({
    /** Its full title, shown as the heading over its recommendations, e.g. "Ofsted inspection of children’s services, Walsall, June to July 2017". */
    title: z.string().min(10).max(160),
    /** A short name that tells it apart from every other inspection, e.g. "Walsall 2017 Ofsted inspection". */
    name: z.string().min(5).max(60),
    /** Who carried it out, e.g. "Ofsted", "Walsall Council's Children's Services Overview and Scrutiny Committee", "LGA peer review team". */
    body: z.string().min(3).max(160),
    /** The council inspected or reviewed: the folder name of its edition. */
    council: reference('councils'),
    /** When the report was published or presented (YYYY-MM-DD): it orders the inspections. */
    date: z.coerce.date(),
    /** When the fieldwork or review took place, in words, e.g. "20 June to 13 July 2017". */
    period: z.string().min(4).max(120).optional(),
    kind: z.enum(Object.keys(INSPECTION_KINDS) as [InspectionKind, ...InspectionKind[]]),
    /** The framework it was carried out under, in words, e.g. "Single Inspection Framework (SIF)". */
    framework: z.string().min(3).max(160),
    /** The framework's page in the law timeline, where it has one. */
    frameworkLaw: reference('legislation').optional(),
    /** The judgements, where the framework gives them; leave out for reviews that give none. */
    judgements: z.array(JudgementSchema).default([]),
    /** Where the judgements and the recommendations are found. */
    citation: CitationSchema,
    /** A guide that tells the story of this inspection, if there is one. */
    guide: reference('guides').optional(),
  })
  .superRefine((inspection, ctx) => {
    if (inspection.kind !== 'ofsted-inspection' || inspection.date < OVERALL_JUDGEMENT_ENDS) return;
    inspection.judgements.forEach((judgement, i) => {
      if (/overall effectiveness/i.test(judgement.area)) {
        ctx.addIssue({
          code: 'custom',
          path: ['judgements', i, 'area'],
          message:
            'Ofsted gives no overall effectiveness judgement for inspections from April 2026: leave this judgement out (see content/changes/ilacs-overall-grade-ends.mdx)',
        });
      }
    });
  });

export type InspectionInput = z.input<typeof InspectionSchema>;
