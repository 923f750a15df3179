import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fleschReadingEase, plainSentences, words } from '../../src/lib/readability';
import { HOW_TO_TELL, LATE, RESULTS, STEPS } from '../../src/lib/private-fostering-checker';

/**
 * The public guide must be readable by a secondary-school pupil. A Flesch reading ease of 60 or more
 * is "plain English": easily understood by 13 to 15 year olds. GOV.UK's own guidance aims for a reading
 * age of 9, so no sentence may run past 25 words.
 */
const MAX_WORDS = 25;
const MIN_READING_EASE = 60;

const guide = readFileSync(new URL('../../content/guides/private-fostering.mdx', import.meta.url), 'utf8');
const checkerText = [
  ...STEPS.flatMap((s) => [s.question, s.hint ?? '', ...s.choices.map((c) => c.label)]),
  ...RESULTS.flatMap((r) => [r.heading, ...r.body]),
  HOW_TO_TELL.heading, `${HOW_TO_TELL.find} ${HOW_TO_TELL.findLink}.`, ...HOW_TO_TELL.steps, HOW_TO_TELL.danger,
  LATE.heading, ...LATE.body,
].join('\n\n');

describe('readability of the public private fostering guide', () => {
  const sentences = plainSentences(guide);

  it('has no sentence over 25 words', () => {
    const long = sentences.filter((s) => words(s).length > MAX_WORDS);
    expect(long, long.join('\n')).toEqual([]);
  });

  it(`scores at least ${MIN_READING_EASE} for Flesch reading ease`, () => {
    const score = fleschReadingEase(sentences);
    console.log(`Private fostering guide: ${sentences.length} sentences, Flesch reading ease ${score.toFixed(1)}`);
    expect(score).toBeGreaterThanOrEqual(MIN_READING_EASE);
  });

  it('keeps the checker to the same standard', () => {
    const checker = plainSentences(checkerText);
    const long = checker.filter((s) => words(s).length > MAX_WORDS);
    expect(long, long.join('\n')).toEqual([]);
    expect(fleschReadingEase(checker)).toBeGreaterThanOrEqual(MIN_READING_EASE);
  });

  it('detects a long sentence (the check can fail)', () => {
    const long = 'This sentence has been written on purpose to run on for far too many words so that the readability check has something long enough to catch here.';
    expect(words(plainSentences(long)[0]).length).toBeGreaterThan(MAX_WORDS);
  });
});
