import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fleschReadingEase, plainSentences, syllables, words } from '../../src/lib/readability';
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
  HOW_TO_TELL.heading,
  `${HOW_TO_TELL.find} ${HOW_TO_TELL.findLink}.`,
  ...HOW_TO_TELL.steps,
  HOW_TO_TELL.danger,
  LATE.heading,
  ...LATE.body,
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
    const long =
      'This sentence has been written on purpose to run on for far too many words so that the readability check has something long enough to catch here.';
    expect(words(plainSentences(long)[0]).length).toBeGreaterThan(MAX_WORDS);
  });
});

describe('readability measures', () => {
  it('count syllables by vowel groups, dropping silent endings', () => {
    expect(
      ['the', 'cat', 'table', 'tables', 'boxes', 'baked', 'cheese', 'yellow', 'council', 'responsibility', 'rhythm', 'Why?'].map(syllables),
    ).toEqual([1, 1, 2, 2, 1, 1, 1, 2, 2, 6, 1, 1]);
  });

  it('count every word of three letters or fewer as one syllable', () => {
    expect(['a', 'ego', 'Ian'].map(syllables)).toEqual([1, 1, 1]);
  });

  it('score Flesch reading ease from words per sentence and syllables per word', () => {
    expect(fleschReadingEase(['The cat sat.'])).toBeCloseTo(206.835 - 1.015 * 3 - 84.6 * 1, 6);
    expect(fleschReadingEase(['The cat sat.', 'A council table was baked.'])).toBeCloseTo(206.835 - 1.015 * 4 - 84.6 * (10 / 8), 6);
  });

  it('split Markdown into plain sentences: no frontmatter, markers or link targets', () => {
    const mdx =
      '---\ntitle: x\n---\n## A heading\n\nFirst **bold** sentence. Second one with [a link](/x/)!\n\n- A list item\n1. A numbered item\n\n> A quote\n\n`code` 42';
    expect(plainSentences(mdx)).toEqual([
      'A heading',
      'First bold sentence.',
      'Second one with a link!',
      'A list item',
      'A numbered item',
      'A quote',
      'code 42',
    ]);
  });

  it('keep text between thematic breaks when there is no frontmatter', () => {
    expect(plainSentences('Intro.\n\n---\n\nMiddle text.\n\n---\n\nEnd.')).toEqual(['Intro.', 'Middle text.', 'End.']);
  });

  it('strip nested list markers and numbers of any length, but not a decimal starting a line', () => {
    expect(plainSentences('- One\n  - Two\n1. First\n2. Second\n10. Tenth\n1.5 million children wait.')).toEqual([
      'One',
      'Two',
      'First',
      'Second',
      'Tenth',
      '1.5 million children wait.',
    ]);
  });

  it('split sentences after any run of spaces, squeeze spaces, and drop lines with no letters', () => {
    expect(plainSentences('One.  Two  words here.\n\n2020\n\n***\n\nWord')).toEqual(['One.', 'Two words here.', 'Word']);
  });

  it('count only words with a letter or digit', () => {
    expect(words('A  list – of 3 things')).toEqual(['A', 'list', 'of', '3', 'things']);
  });
});
