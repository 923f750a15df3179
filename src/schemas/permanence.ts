import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { CitationSchema, FigureSchema, pageFields } from './common';

/**
 * Who holds parental responsibility, as the law sets it out, in the order the diagram draws them:
 * from the parents holding it alone to the adopters holding it alone. Each names the order or
 * provision that puts it there: `label` says who holds it, `route` names the order in a few words, `law` in full.
 */
export const PR_HOLDERS = {
  'parents-alone': {
    label: 'Parents alone',
    route: 'no order, or accommodation by agreement (section 20)',
    law: 'No court order, or accommodation by agreement under section 20 of the Children Act 1989',
  },
  'council-shares': {
    label: 'The council shares it with the parents',
    route: 'a care order (section 33)',
    law: 'Care order: Children Act 1989, section 33',
  },
  'child-arrangements': {
    label: 'The person the child lives with shares it with the parents',
    route: 'a child arrangements order (section 12)',
    law: 'Child arrangements order: Children Act 1989, section 12',
  },
  'special-guardian': {
    label: 'Special guardian, who can act without the parents’ agreement',
    route: 'a special guardianship order (section 14C)',
    law: 'Special guardianship order: Children Act 1989, section 14C',
  },
  'agency-and-adopters': {
    label: 'Adoption agency and, once the child is placed, the prospective adopters, with the parents',
    route: 'a placement order (sections 21 and 25)',
    law: 'Placement order: Adoption and Children Act 2002, sections 21 and 25',
  },
  'adopters-alone': {
    label: 'Adopters alone',
    route: 'an adoption order (section 46)',
    law: 'Adoption order: Adoption and Children Act 2002, section 46',
  },
} as const;
export type PrRoute = keyof typeof PR_HOLDERS;
const routeIds = Object.keys(PR_HOLDERS) as [PrRoute, ...PrRoute[]];

/** For an option that can rest on more than one legal route (a care order, or accommodation by agreement…). */
export const DEPENDS_ON_ROUTE = { label: 'Depends on the legal route', law: 'The order or arrangement the child is under' } as const;
export type PrHolder = PrRoute | 'depends-on-route';

/** The usual routes of an option that depends on the route, in words: "a care order (section 33): the council shares it with the parents; or …". */
export const routesInWords = (routes: readonly PrRoute[]): string =>
  routes.map((r) => `${PR_HOLDERS[r].route}: ${PR_HOLDERS[r].label.charAt(0).toLowerCase()}${PR_HOLDERS[r].label.slice(1)}`).join('; or ');

/** The label of a holder category, including "depends on the legal route". */
export const prHolderLabel = (holder: PrHolder): string =>
  holder === 'depends-on-route' ? DEPENDS_ON_ROUTE.label : PR_HOLDERS[holder].label;

/** Whether the child stays looked after, in words. */
export const LOOKED_AFTER = { yes: 'Yes', no: 'No', depends: 'It depends' } as const;

/** A statement of law, in plain words, with the provision (or provisions) it comes from. */
export const LegalFactSchema = z.object({
  /** The fact in one or two plain sentences. */
  text: z.string().min(3),
  /** Where it comes from: at least one citation, to the section, with its legislation.gov.uk address where we read one. */
  cite: z.array(CitationSchema).min(1),
});
export type LegalFact = z.output<typeof LegalFactSchema>;

/** The facts the comparison table and the responsibility diagram are built from. */
export const OptionFactsSchema = z
  .object({
    /** The law the option rests on. */
    legalBasis: LegalFactSchema,
    /** Who holds parental responsibility, in words. */
    parentalResponsibility: LegalFactSchema,
    /** The same, as a category for the diagram; "depends-on-route" when it rests on more than one route. */
    prHolder: z.enum([...routeIds, 'depends-on-route']),
    /** For "depends-on-route" only: the usual routes (at least two), most common first. */
    prRoutes: z.array(z.enum(routeIds)).default([]),
    /** Whether the child stays looked after by the council. */
    lookedAfter: z.enum(['yes', 'no', 'depends']),
    /** Why, with the provision. */
    lookedAfterNote: LegalFactSchema,
    /** How the arrangement or order ends. */
    ends: LegalFactSchema,
    /** Links with the birth family (from the evidence documents). */
    birthFamily: z.string().min(3),
    /** Support available to the child and carers (from the evidence documents). */
    support: z.string().min(3),
  })
  .superRefine((facts, ctx) => {
    if (facts.prHolder === 'depends-on-route' && facts.prRoutes.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['prRoutes'],
        message: 'an option whose parental responsibility depends on the legal route must list at least two usual routes',
      });
    }
    if (facts.prHolder !== 'depends-on-route' && facts.prRoutes.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['prRoutes'],
        message: `prRoutes is only for prHolder "depends-on-route" (this option has "${facts.prHolder}")`,
      });
    }
    if (new Set(facts.prRoutes).size !== facts.prRoutes.length) {
      ctx.addIssue({ code: 'custom', path: ['prRoutes'], message: 'each route may be listed once' });
    }
  });
export type OptionFacts = z.output<typeof OptionFactsSchema>;

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
  /** For options and orders: the facts the comparison table and the diagram are built from. */
  facts: OptionFactsSchema.optional(),
  /** Single dated figures. */
  figures: z.array(FigureSchema).default([]),
  /** Series drawn as charts. */
  charts: z.array(ChartSchema).default([]),
  relatedTerms: z.array(reference('glossary')).default([]),
  relatedLaw: z.array(reference('legislation')).default([]),
  questions: z.array(reference('questions')).default([]),
});
