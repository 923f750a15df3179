import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSilentSourcePhrases } from '../../src/lib/silent-sources';

/**
 * Issue 11: the site may tell the reader "our sources are silent" in at most 10 places, each a true gap
 * that no primary source fills. Where the law answers, the page answers. The count and every place are
 * printed so an editor can see what is left.
 */
const MAX_SILENT_PLACES = 10;
const CONTENT = new URL('../../content/', import.meta.url).pathname;

function contentFiles(): string[] {
  return readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .sort();
}

describe('silent-source phrases across content/', () => {
  it(`are at most ${MAX_SILENT_PLACES}`, () => {
    const places = contentFiles().flatMap((file) =>
      findSilentSourcePhrases(readFileSync(join(CONTENT, file), 'utf8')).map(
        (p) => `content/${file}:${p.line}  "${p.match}" (${p.reason})`,
      ),
    );
    console.log(`Silent-source phrases: ${places.length} (limit ${MAX_SILENT_PLACES})\n${places.join('\n')}`);
    expect(places.length, places.join('\n')).toBeLessThanOrEqual(MAX_SILENT_PLACES);
  });
});

describe('the silent-source matcher', () => {
  it.each([
    'The pack does not say how many more carers were recruited.',
    'Our sources do not describe the rest of the Act.',
    'The later Walsall sources are silent on this point.',
    'The sources say nothing more about the board after March 2018.',
    'It may have changed since, so check the current version before you rely on it.',
    'The report does not give the scorecard figures.',
    'The sources stop with this report. They do not say whether the training took place.',
    "Walsall's 2019 report gives only the name.",
    "The LADO is not mentioned in the council's progress report.",
    'The 2019 scrutiny working group does not cover this point.',
    'The report gives no timescale, no lead and no measure of success.',
    'The positive outcomes are described only in general terms. No figures are given.',
    'The report never defines yellow.',
    'The later Walsall documents on this site do not report on chronologies again.',
    "Ofsted's 2017 recommendations, as listed in the council's March 2018 progress report, do not mention seeing children alone.",
  ])('counts "%s"', (sentence) => {
    expect(findSilentSourcePhrases(sentence)).toHaveLength(1);
  });

  it.each([
    'Inspectors found that plans often did not name the risks to the child.',
    'Records did not show clearly how well escalations worked.',
    'Section 20 accommodation does not give the council parental responsibility.',
    'Some written plans did not tell parents clearly what had to change.',
  ])('does not count a finding about practice or the law: "%s"', (sentence) => {
    expect(findSilentSourcePhrases(sentence)).toEqual([]);
  });

  it('reports the line of each phrase', () => {
    expect(findSilentSourcePhrases('First line.\nThe pack does not say.\n')).toEqual([
      { line: 2, match: 'pack does not say', reason: 'a document is said not to tell' },
    ]);
  });
});
