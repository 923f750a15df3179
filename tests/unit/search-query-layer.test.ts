import { describe, expect, it } from 'vitest';
import { EverydayIndex, correctSpelling, planQuery } from '../../src/components/search/query-plan';
import { queryWords } from '../../src/components/search/query-text';
import { runSearch, type Engine, type EngineResult } from '../../src/components/search/run-search';
import { Vocabulary, editDistance } from '../../src/components/search/spelling';

const everyday = new EverydayIndex([
  { say: ['nephew', 'niece'], means: ['uncle', 'aunt', 'close relative'] },
  { say: ['kids'], means: ['children'] },
  { say: ["mate's child", 'mates kid'], means: ["friend's child"] },
  { say: ['questions to ask', 'what should i ask'], means: [], prefer: 'Question' },
  { say: ['go home', 'go back home'], means: ['return home'] },
]);
const vocabulary = new Vocabulary([
  'care',
  'placement',
  'stability',
  'guardianship',
  'special',
  'order',
  'fostering',
  'private',
  'council',
  'tell',
  'children',
]);

describe('query words', () => {
  it('keeps hyphens and apostrophes inside words and drops the punctuation around them', () => {
    expect(queryWords('What’s "Re B-S"? (friend’s child)').map((w) => w.key)).toEqual(['whats', 're', 'b-s', 'friends', 'child']);
  });
});

describe('query plan', () => {
  it('drops question and filler words', () => {
    const plan = planQuery('what is a care order', everyday);
    expect(plan.slots.map((s) => s.typed)).toEqual(['care', 'order']);
    expect(plan.dropped).toEqual(['what', 'is', 'a']);
  });

  it('keeps a query made only of question words as typed', () => {
    expect(planQuery('who are we', everyday).slots.map((s) => s.typed)).toEqual(['who', 'are', 'we']);
  });

  it('finds everyday words and phrases, longest first, whatever the apostrophes', () => {
    const plan = planQuery('my mates kid and my nephew', everyday);
    expect(plan.slots.map((s) => [s.typed, s.means])).toEqual([
      ['mates kid', ["friend's child"]],
      ['nephew', ['uncle', 'aunt', 'close relative']],
    ]);
    expect(planQuery("my mate's child", everyday).slots[0].means).toEqual(["friend's child"]);
  });

  it('reads the kind of page a phrase asks for, and does not search the phrase', () => {
    const plan = planQuery('what should I ask about placement stability', everyday);
    expect(plan.prefer).toBe('Question');
    expect(plan.slots.map((s) => s.typed)).toEqual(['placement', 'stability']);
    expect(plan.dropped).toEqual(['what', 'should', 'I', 'ask', 'about']);
    expect(planQuery('placement stability', everyday).prefer).toBeUndefined();
  });

  it('leaves out an everyday phrase that is negated, rather than search its opposite', () => {
    const cant = planQuery("back up plan if the child can't go home", everyday);
    expect(cant.slots.map((s) => s.typed)).toEqual(['back', 'plan', 'child']);
    expect(cant.dropped).toContain('go');
    expect(planQuery('unable to go back home', everyday).slots.map((s) => s.typed)).toEqual(['unable']);
    expect(planQuery('when can the child go home', everyday).slots.map((s) => [s.typed, s.means])).toEqual([
      ['child', []],
      ['go home', ['return home']],
    ]);
  });

  it('searches a query that is only such a phrase for its words', () => {
    const plan = planQuery('questions to ask', everyday);
    expect(plan.slots.map((s) => s.typed)).toEqual(['questions']);
    expect(plan.prefer).toBeUndefined();
  });

  it('corrects words the site does not use, and marks words close to nothing as unknown', () => {
    const plan = correctSpelling(planQuery('placment stablity zzyzx', everyday), vocabulary);
    expect(plan.slots.map((s) => [s.correction, s.unknown])).toEqual([
      ['placement', undefined],
      ['stability', undefined],
      [undefined, true],
    ]);
  });
});

describe('spelling', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('gaurdianship', 'guardianship')).toBe(1);
    expect(editDistance('placment', 'placement')).toBe(1);
    expect(editDistance('care', 'order', 1)).toBe(2);
  });

  it('knows site words, their beginnings and their endings', () => {
    expect(vocabulary.knows('placement')).toBe(true);
    expect(vocabulary.knows('guard')).toBe(true); // someone still typing
    expect(vocabulary.knows('placements')).toBe(true);
    expect(vocabulary.knows('gaurdianship')).toBe(false);
  });

  it('does not turn a short word into another short word with a different first letter', () => {
    expect(new Vocabulary(['date']).closest('mate')).toBeUndefined();
  });
});

/** A fake Pagefind over a few pages: a page matches when it has every word of the term (as a word's beginning, or
 * the whole word when the term is quoted, like Pagefind's exact search). */
function fakeEngine(pages: Record<string, string>): Engine<{ url: string }> & { terms: string[] } {
  const terms: string[] = [];
  return {
    terms,
    async search(term) {
      terms.push(term);
      const exact = /^".*"$/.test(term);
      const words = term.toLowerCase().replace(/['"]/g, '').split(/\s+/);
      const matches = (t: string, w: string) => (exact ? t === w : t.startsWith(w));
      return Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.split(' ').some((t) => matches(t, w))))
        .map(([url, text]): EngineResult<{ url: string }> => ({
          id: url,
          score: words.reduce((n, w) => n + text.split(' ').filter((t) => matches(t, w)).length, 0),
          data: async () => ({ url }),
        }));
    },
  };
}

const PAGES = {
  '/guides/private-fostering/':
    'private fostering tell the council if a child lives with you unless you are a close relative uncle aunt grandparent',
  '/glossary/care-order/': 'care order a court order placing a child in the care of the council',
  '/glossary/placement-order/': 'placement order lets the council place a child for adoption',
  '/questions/stability/': 'placement stability how stable are the homes of children in care',
  '/glossary/special-guardianship-order/': 'special guardianship order sgo',
};
const data = {
  everyday,
  pageCount: 5,
  demoted: async () => new Set<string>(),
  ofType: async () => new Set<string>(),
  vocabulary: async () =>
    new Vocabulary([
      'private',
      'fostering',
      'tell',
      'council',
      'child',
      'lives',
      'close',
      'relative',
      'uncle',
      'aunt',
      'grandparent',
      'care',
      'order',
      'court',
      'placement',
      'stability',
      'stable',
      'homes',
      'children',
      'special',
      'guardianship',
      'sgo',
      'adoption',
    ]),
};
const urls = (outcome: { results: EngineResult<{ url: string }>[] }) => outcome.results.map((r) => r.id);

describe('runSearch', () => {
  it('answers a question by its subject words', async () => {
    const outcome = await runSearch('what is a care order', fakeEngine(PAGES), data);
    expect(urls(outcome)[0]).toBe('/glossary/care-order/');
    expect(outcome.searched).toBe('care order');
    expect(outcome.changed).toBe(true);
  });

  it('retries a misspelt query with the site’s spelling and says so', async () => {
    const outcome = await runSearch('placment stablity', fakeEngine(PAGES), data);
    expect(urls(outcome)[0]).toBe('/questions/stability/');
    expect(outcome.didYouMean).toBe('placement stability');
  });

  it('searches the site’s words for everyday words, and merges pages with fewer of the words when none has all', async () => {
    const outcome = await runSearch('my nephew has moved in with me do i need to tell anyone', fakeEngine(PAGES), data);
    expect(urls(outcome)[0]).toBe('/guides/private-fostering/');
    expect(outcome.alsoSearched).toEqual(['uncle', 'aunt', 'close relative']);
    expect(outcome.notFound).toEqual(['moved']); // no page says "moved": left out, not a reason to find nothing
  });

  it('leaves out a word no page uses, rather than returning pages that only share its first letter', async () => {
    const outcome = await runSearch('zzyzx', fakeEngine(PAGES), data);
    expect(outcome.results).toEqual([]);
    expect(outcome.notFound).toEqual(['zzyzx']);
  });

  it('ranks the kind of page the query asks for higher, and only then', async () => {
    const sgo = '/glossary/special-guardianship-order/';
    const questions = { ...data, ofType: async (type: string) => new Set(type === 'Question' ? [sgo] : []) };
    expect(urls(await runSearch('order', fakeEngine(PAGES), questions))).toEqual([
      '/glossary/care-order/',
      '/glossary/placement-order/',
      sgo,
    ]);
    expect(urls(await runSearch('questions to ask about order', fakeEngine(PAGES), questions))).toEqual([
      '/glossary/care-order/',
      sgo,
      '/glossary/placement-order/',
    ]);
  });

  it('counts a number for less than a word, though it is rarer', async () => {
    const pages = { '/a/': 'rule 17', '/b/': 'fostering guide', '/c/': 'fostering law', '/d/': 'fostering pay' };
    const outcome = await runSearch('fostering 17', fakeEngine(pages), { ...data, pageCount: 4 });
    expect(urls(outcome)[0]).toBe('/b/');
    expect(urls(outcome)).toContain('/a/');
  });

  it('keeps Pagefind’s own order when all the words find enough pages', async () => {
    const engine = fakeEngine(PAGES);
    const outcome = await runSearch('order', engine, data);
    expect(urls(outcome)).toEqual(['/glossary/care-order/', '/glossary/placement-order/', '/glossary/special-guardianship-order/']);
    expect(engine.terms).toEqual(['order', '"order"']);
    expect(outcome.changed).toBe(false);
  });
});
