/** Every reference field of every collection, read from the schemas the content config gives each collection. */
import type { z } from 'astro/zod';
import { collections } from '../content.config';
import { referenceFields, type ReferenceFields } from './schema-references';

export const REFERENCE_FIELDS: Record<string, ReferenceFields> = Object.fromEntries(
  Object.entries(collections).map(([name, config]) => [name, referenceFields(config.schema as z.ZodType)]),
);
