import { z } from 'astro/zod';
import { pageFields } from './common';

/** A long-form guide, such as the private fostering guide. */
export const GuideSchema = z.object({
  ...pageFields,
  /** Order on the guides index. */
  order: z.number(),
  /** Show a contents list of the h2 headings. */
  contents: z.boolean().default(true),
});
