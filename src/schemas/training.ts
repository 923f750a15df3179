import { z } from 'astro/zod';
import { pageFields } from './common';

/** A self-check question with one right answer. */
export const SelfCheckSchema = z
  .object({
    question: z.string().min(10),
    options: z.array(z.string().min(1)).min(2).max(5),
    /** Zero-based index of the right option: 0 for the first, 1 for the second. */
    answer: z.number().int().min(0),
    /** Why that answer is right. */
    explanation: z.string().min(10),
  })
  .superRefine(({ options, answer }, ctx) => {
    if (!Array.isArray(options) || typeof answer !== 'number' || answer < options.length) return;
    ctx.addIssue({
      code: 'custom',
      path: ['answer'],
      message: `is ${answer}, but there are ${options.length} options: give the position of the right option counting from 0 (0 to ${options.length - 1})`,
    });
  });

/** A module of the induction path for new members. */
export const TrainingSchema = z.object({
  ...pageFields,
  /** Position in the path, from 1. */
  order: z.number().int().min(1),
  /** Minutes the module takes to read. */
  minutes: z.number().int().min(1),
  /** What the member will be able to do afterwards. */
  outcomes: z.array(z.string().min(10)).min(2),
  /** The short read: links into the site's own pages. */
  reading: z.array(z.object({ href: z.string().startsWith('/'), label: z.string().min(3), why: z.string().min(10) })).min(1),
  selfCheck: z.array(SelfCheckSchema).min(3).max(5),
});
