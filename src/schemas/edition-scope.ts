import type { z } from 'astro/zod';
import { scopeToEdition, type LeftOut } from '../lib/editions';

/**
 * Wraps a collection's schema so that, in an edition build, references and links to other councils'
 * recommendations are taken out of the entry and listed in its `leftOut` field (content.ts counts them in the
 * build log). They are checked first: the schema runs before this step, and an id found in no edition is kept, so
 * the integrity check still fails on it. In the full site nothing is left out.
 */
export function withEditionScope<T extends z.ZodType>(schema: T) {
  return schema.transform((value: z.output<T>) => {
    const { data, leftOut } = scopeToEdition(value);
    return { ...(data as object), leftOut } as z.output<T> & { leftOut: LeftOut[] };
  });
}
