/**
 * The everyday words file (content/search/everyday-words.yaml): readers' words and the site's words for the same
 * thing. Parsed and checked as a pure function, so the checks can be tested; the build fails on any problem.
 */
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { phraseKey, type EverydayWord } from '../components/search/query-plan';
import { textKeys } from '../components/search/query-text';
import type { Problem } from './integrity';

export const EVERYDAY_WORDS_FILE = 'search/everyday-words.yaml';

const Phrase = z
  .string()
  .trim()
  .min(2, 'must be at least two characters')
  .max(60, 'must be a word or short phrase (60 characters at most)');

/** One entry: what readers type, and what the site calls it or what kind of page answers it. */
export const EverydayWordSchema = z
  .strictObject({
    /** What readers type: words or short phrases, lower case; apostrophes are ignored when matching. */
    say: z.array(Phrase).min(1, 'needs at least one word readers type'),
    /** The site's own words for the same thing; each must appear on at least one page. */
    means: z.array(Phrase).default([]),
    /** The kind of page that answers a query with these words (a page type, as results show it): ranked higher. */
    prefer: z.string().trim().min(1, 'must name a kind of page').optional(),
  })
  .refine((entry) => entry.means.length > 0 || entry.prefer !== undefined, {
    message: 'needs at least one word the site uses (means), or a kind of page to prefer (prefer)',
    path: ['means'],
  });

export const EverydayWordsSchema = z.array(EverydayWordSchema);

/**
 * Parses the file's text and checks it: the schema; each `say` phrase claimed by one entry only; each word of
 * every `means` phrase known to the site (`siteKnows`), so a mapping never points at words no page uses; and each
 * `prefer` one of the site's page types (`pageTypes`, when given).
 */
export function parseEverydayWords(
  text: string,
  file: string,
  siteKnows: (key: string) => boolean,
  pageTypes?: ReadonlySet<string>,
): { words: EverydayWord[]; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = load(text) ?? [];
  } catch (error) {
    return { words: [], problems: [{ file, field: '(file)', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const parsed = EverydayWordsSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      words: [],
      problems: parsed.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message })),
    };
  }
  const problems: Problem[] = [];
  const claimedBy = new Map<string, number>();
  parsed.data.forEach((entry, i) => {
    entry.say.forEach((phrase, j) => {
      const key = phraseKey(phrase);
      const other = claimedBy.get(key);
      if (other !== undefined && other !== i)
        problems.push({ file, field: `[${i}].say[${j}]`, message: `"${phrase}" is already in entry ${other}'s say list` });
      claimedBy.set(key, i);
    });
    entry.means.forEach((phrase, j) => {
      const missing = textKeys(phrase).filter((key) => !siteKnows(key));
      if (missing.length > 0)
        problems.push({
          file,
          field: `[${i}].means[${j}]`,
          message: `"${phrase}": no page uses ${missing.map((m) => `"${m}"`).join(', ')}`,
        });
    });
    if (entry.prefer !== undefined && pageTypes && !pageTypes.has(entry.prefer))
      problems.push({
        file,
        field: `[${i}].prefer`,
        message: `"${entry.prefer}" is not a kind of page on the site; the kinds are ${[...pageTypes].sort().join(', ')}`,
      });
  });
  return { words: parsed.data, problems };
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return (
    path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('')
      .replace(/^\./, '') || '(file)'
  );
}
