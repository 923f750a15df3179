import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { pageFields } from './common';

/** A term or abbreviation in the A to Z. The title is the full term. */
export const GlossarySchema = z.object({
  ...pageFields,
  /** The abbreviation most people use, if any, e.g. "SGO". Shown as <abbr>. */
  abbreviation: z.string().optional(),
  /** Other names and abbreviations that mean the same thing; search and the auto-linker use them. */
  aliases: z.array(z.string()).default([]),
  /** A plain-English definition in one or two sentences. */
  definition: z.string().min(20).max(400),
  /** Related terms. */
  seeAlso: z.array(reference('glossary')).default([]),
  /** Set false for terms too common to link automatically in body text. */
  autolink: z.boolean().default(true),
});
