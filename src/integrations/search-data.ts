import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { Vocabulary, decodeVocabulary, encodeVocabulary } from '../components/search/spelling';
import { contentRoot } from '../lib/content-root';
import { abbreviationWords } from '../lib/abbreviations';
import { EVERYDAY_WORDS_FILE, parseEverydayWords } from '../lib/everyday-words';
import { phraseKey } from '../components/search/query-plan';
import { formatProblems } from '../lib/integrity';
import { indexedText, pagesByWord } from '../lib/site-vocabulary';

/**
 * Writes what the search query layer reads, beside the Pagefind index:
 * - `search/query-words.json`: the everyday words (checked: the build fails on a problem), then the abbreviations the
 *   pages spell out (abbreviations.ts), and the count of indexed pages;
 * - `search/vocabulary.txt`: every word of the indexed pages, for spelling suggestions (spelling.ts says how it is written).
 */
export function writeSearchData(
  outDir: string,
  /** The built pages' HTML. */
  pages: string[],
): { words: number; everyday: number; abbreviations: number; pages: number } {
  const pageTexts = pages.map(indexedText).filter(Boolean);
  const pageTypes = new Set(pages.flatMap((html) => [...html.matchAll(/data-pagefind-meta="type:([^"]+)"/g)].map((m) => m[1])));
  const pageCount = pageTexts.length;
  const encoded = encodeVocabulary(pagesByWord(pageTexts));
  const words = decodeVocabulary(encoded);
  const vocabulary = new Vocabulary(words);

  const file = `${contentRoot()}/${EVERYDAY_WORDS_FILE}`;
  const parsed = existsSync(file)
    ? parseEverydayWords(readFileSync(file, 'utf8'), file.replace(/^\.\//, ''), (key) => vocabulary.knows(key), pageTypes)
    : { words: [], problems: [] };
  if (parsed.problems.length > 0) {
    throw new AstroError(
      `Everyday words: ${parsed.problems.length} problem(s)`,
      `Fix each entry below:\n${formatProblems(parsed.problems)}`,
    );
  }

  const claimed = new Set(parsed.words.flatMap((w) => w.say.map(phraseKey)));
  const abbreviations = abbreviationWords(pages, pageTexts, claimed);

  mkdirSync(join(outDir, 'search'), { recursive: true });
  writeFileSync(join(outDir, 'search', 'query-words.json'), JSON.stringify({ pageCount, everyday: [...parsed.words, ...abbreviations] }));
  writeFileSync(join(outDir, 'search', 'vocabulary.txt'), encoded);
  return { words: words.length, everyday: parsed.words.length, abbreviations: abbreviations.length, pages: pageCount };
}
