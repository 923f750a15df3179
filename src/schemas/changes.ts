import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { calendarDate, CitationSchema, pastDate } from './common';

/** What kind of change it is. */
export const CHANGE_KINDS = {
  legislation: 'Law',
  'statutory-guidance': 'Statutory guidance',
  strategy: 'Government strategy',
  funding: 'Funding',
  'national-body': 'National body or programme',
  review: 'Independent review',
  inspection: 'Inspection',
} as const;
export type ChangeKind = keyof typeof CHANGE_KINDS;

/** Whether the change had effect on the date it was checked. */
export const CHANGE_STATUS = {
  'in-force': 'In force',
  'partly-in-force': 'Partly in force',
  'not-yet-commenced': 'Not yet commenced',
  proposed: 'Proposed',
  ended: 'Ended',
} as const;
export type ChangeStatus = keyof typeof CHANGE_STATUS;

/** The collections whose pages can show a "Since our sources" note. */
export const AFFECTABLE_COLLECTIONS = ['permanence', 'glossary', 'legislation', 'questions', 'guides', 'training'] as const;
export type AffectableCollection = (typeof AFFECTABLE_COLLECTIONS)[number];

/** What the change means for one page, in one or two plain sentences, shown on that page as "Since our sources". */
const note = z.string().min(20).max(400);

/** One affected page, named by the collection it is in: `{ glossary: ofsted, note: "…" }`. */
const AffectedPageSchema = z.union([
  z.object({ permanence: reference('permanence'), note }),
  z.object({ glossary: reference('glossary'), note }),
  z.object({ legislation: reference('legislation'), note }),
  z.object({ questions: reference('questions'), note }),
  z.object({ guides: reference('guides'), note }),
  z.object({ training: reference('training'), note }),
]);

/** One change in law, guidance, strategy, funding, national bodies or inspection since the 2012 to 2020 sources. */
export const ChangeSchema = z.object({
  /** A short name for the change, e.g. "Kinship local offer becomes a legal duty". */
  title: z.string().min(5).max(120),
  /** When the change was made, published or took effect (YYYY-MM-DD). */
  date: calendarDate,
  kind: z.enum(Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]]),
  /** Its status on the date it was checked. */
  status: z.enum(Object.keys(CHANGE_STATUS) as [ChangeStatus, ...ChangeStatus[]]),
  /** When an editor last read the primary sources cited below and confirmed the status (YYYY-MM-DD). */
  checked: pastDate,
  /** What changed, in two to four plain sentences. */
  summary: z.string().min(40).max(900),
  /** The primary sources it is cited to, each at section level, with the exact address read. */
  citations: z.array(CitationSchema).min(1),
  /** The entry for the Act, strategy or body in the law timeline, if it has one. */
  law: reference('legislation').optional(),
  /** The pages whose 2012 to 2020 facts it overtakes, each with a short page-specific note. At least one. */
  affects: z.array(AffectedPageSchema).min(1),
});

export type ChangeInput = z.input<typeof ChangeSchema>;
