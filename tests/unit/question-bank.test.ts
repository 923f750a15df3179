import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/** The question bank must hold every question the sources list, no more and no fewer. */
const DIR = new URL('../../content/questions/', import.meta.url).pathname;
const questions = readdirSync(DIR).map((file) => ({
  file,
  data: load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(DIR + file, 'utf8'))![1]) as { origin: string[]; prompts?: string[]; order: number },
}));
const from = (origin: string) => questions.filter((q) => q.data.origin.includes(origin));

describe('question bank against the sources', () => {
  it('has the LGA pack’s 15 key lines of enquiry with all 62 sub-questions, in the pack’s counts', () => {
    const lga = from('lga-kloe').sort((a, b) => a.data.order - b.data.order);
    expect(lga).toHaveLength(15);
    expect(lga.map((q) => q.data.prompts?.length ?? 0)).toEqual([0, 10, 8, 7, 3, 4, 4, 9, 1, 4, 0, 4, 3, 2, 3]);
  });

  it('has the Walsall working group’s 12 frontline and 23 manager questions, duplicates merged', () => {
    expect(from('walsall-frontline')).toHaveLength(12);
    expect(from('walsall-managers')).toHaveLength(23);
    expect(from('walsall-managers').filter((q) => !q.data.origin.includes('walsall-frontline'))).toHaveLength(11);
  });

  it('raises a question for the Telford inspection’s point for improvement and each of its fourteen weaknesses', () => {
    expect(from('telford-findings')).toHaveLength(15);
  });
});
