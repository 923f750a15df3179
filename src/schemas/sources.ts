import { z } from 'astro/zod';
import { pastDate, summaryText, titleText } from './dates-and-lengths';

/** The five 2012 to 2020 documents the site grew from: evidence, dated as they are. */
export const EVIDENCE_KINDS = {
  'national-guidance': 'National guidance',
  'inspection-report': 'Inspection report',
  'scrutiny-report': 'Scrutiny report',
  'committee-papers': 'Committee papers',
  'progress-report': 'Progress report',
} as const;

/** Primary sources: the law and policy as they stand, each read at its own address on a checked date. */
export const PRIMARY_KINDS = {
  legislation: 'Act of Parliament',
  regulations: 'Regulations (statutory instrument)',
  'statutory-guidance': 'Statutory guidance',
  strategy: 'Government strategy or policy paper',
  'inspection-framework': 'Inspection framework or Ofsted announcement',
  announcement: 'Government announcement',
  'parliamentary-record': 'Parliamentary record (written statement, Hansard or committee report)',
  statistics: 'Official statistics',
  treaty: 'International treaty',
  judgment: 'Court judgment',
} as const;

export type EvidenceKind = keyof typeof EVIDENCE_KINDS;
export type PrimaryKind = keyof typeof PRIMARY_KINDS;
export const SOURCE_KINDS = { ...EVIDENCE_KINDS, ...PRIMARY_KINDS };
export type SourceKind = keyof typeof SOURCE_KINDS;
export const isPrimaryKind = (kind: SourceKind): kind is PrimaryKind => kind in PRIMARY_KINDS;

/** Whether a provision or document has effect on the date it was checked. */
export const LAW_STATUS = {
  'in-force': 'In force',
  'partly-in-force': 'Partly in force',
  'not-yet-in-force': 'Not yet in force',
  proposed: 'Proposed',
  current: 'Current',
  replaced: 'Replaced or withdrawn',
} as const;
export type LawStatus = keyof typeof LAW_STATUS;

const kindIds = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];
const statusIds = Object.keys(LAW_STATUS) as [LawStatus, ...LawStatus[]];

/** A document the site draws on: one of the five evidence documents, or a primary source of law or policy. */
export const SourceSchema = z
  .object({
    /** Full title as published. */
    title: titleText,
    /** A short name for lists and citations. */
    shortTitle: z.string().min(3),
    /** Who published it. */
    publisher: z.string().min(2),
    /** When it was published or presented, in words. */
    date: z.string().min(4),
    /** For sorting: the year of publication. */
    year: z.number().int().min(1900).max(2100),
    /** What kind of document it is: the five evidence kinds, or a primary kind (law, guidance, strategy, inspection). */
    kind: z.enum(kindIds),
    /** One or two sentences on what it is and why it matters here. */
    summary: summaryText,
    /** The period its facts describe, in words. */
    factsDate: z.string().min(4),
    /** The main sections a reader can find in it. */
    sections: z.array(z.string()).default([]),
    /** Primary sources: the exact https address of the document (a legislation.gov.uk Act, a GOV.UK publication). */
    url: z.url({ protocol: /^https$/ }).optional(),
    /** Primary sources: the date the team last read it at that address (YYYY-MM-DD). */
    checked: pastDate.optional(),
    /** Primary sources: whether it had effect on the checked date. */
    status: z.enum(statusIds).optional(),
  })
  .superRefine((data, ctx) => {
    if (!isPrimaryKind(data.kind)) return;
    for (const field of ['url', 'checked', 'status'] as const) {
      if (data[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `a ${data.kind} source must give its ${field} (the address read, the date it was checked, and whether it is in force)`,
        });
      }
    }
  });
