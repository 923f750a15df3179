import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { CitationSchema, FigureSchema, pageFields } from './common';

/** Who holds parental responsibility, in a form the diagram can draw. */
export const PR_HOLDERS = {
  'birth-parents': 'Birth parents',
  shared: 'Shared between birth parents and the council',
  'shared-carer': 'Shared between birth parents and the carer',
  'carer-enhanced': 'Carer, with powers above the birth parents',
  'adopters-only': 'Adopters only',
  'not-applicable': 'Not applicable',
} as const;
export type PrHolder = keyof typeof PR_HOLDERS;

/** Whether the child stays looked after, in words. */
export const LOOKED_AFTER = { yes: 'Yes', no: 'No', depends: 'It depends' } as const;

/** A series of figures drawn as a chart with a table beside it. */
export const ChartSchema = z.object({
  title: z.string().min(3),
  unit: z.string().min(1),
  /** The period the series covers, in words. */
  period: z.string().min(4),
  points: z.array(z.object({ label: z.string(), value: z.number() })).min(2),
  citation: CitationSchema,
});

/** A permanence option, order or planning topic. */
export const PermanenceSchema = z.object({
  ...pageFields,
  /** Position in the list and the comparison. */
  order: z.number(),
  /** option: a lasting home; order: a court order; planning: how permanence is planned; leaving-care: support into adulthood. */
  kind: z.enum(['option', 'order', 'planning', 'leaving-care']),
  /** Other names people use, including abbreviations. */
  otherNames: z.array(z.string()).default([]),
  /** For options and orders: the facts the comparison table is built from. */
  facts: z
    .object({
      /** The law it rests on, in words. */
      legalBasis: z.string().min(3),
      /** Who holds parental responsibility, in words. */
      parentalResponsibility: z.string().min(3),
      /** The same, as a category for the diagram. */
      prHolder: z.enum(Object.keys(PR_HOLDERS) as [PrHolder, ...PrHolder[]]),
      /** Whether the child stays looked after by the council. */
      lookedAfter: z.enum(['yes', 'no', 'depends']),
      /** One sentence on looked-after status. */
      lookedAfterNote: z.string().min(3),
      /** Links with the birth family. */
      birthFamily: z.string().min(3),
      /** Support available to the child and carers. */
      support: z.string().min(3),
      /** How long it lasts. */
      duration: z.string().min(3),
    })
    .optional(),
  /** Single dated figures. */
  figures: z.array(FigureSchema).default([]),
  /** Series drawn as charts. */
  charts: z.array(ChartSchema).default([]),
  relatedTerms: z.array(reference('glossary')).default([]),
  relatedLaw: z.array(reference('legislation')).default([]),
  questions: z.array(reference('questions')).default([]),
});
