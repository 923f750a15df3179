/** The traceability spine, related pages and the question index, computed over the harness content. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => import('./harness/content').then((h) => h.mockedAstroContent()));

const content = await import('../../src/content');
const trace = await import('../../src/lib/traceability');
const related = await import('../../src/lib/related');
const index = await import('../../src/lib/question-index');

const ids = (entries: Array<{ id: string }>) => entries.map((e) => e.id);
const rec = (id: string) => content.recommendationById.get(id)!;

describe('the content module', () => {
  it('orders each section as readers see it', () => {
    expect(ids(content.permanence)).toEqual([
      'special-guardianship',
      'adoption',
      'long-term-fostering',
      'permanence-planning',
      'staying-put',
    ]);
    expect(ids(content.glossary)).toEqual(['looked-after-child', 'special-guardianship-order']);
    expect(ids(content.legislation)).toEqual(['children-act-1989', 'adoption-and-children-act-2002']);
    expect(ids(content.questions)).toEqual(['q-voice', 'q-plans', 'q-records']);
  });

  it('lists every traced page once, section by section', () => {
    expect(content.tracedPages.map((p) => `${p.collection}/${p.id}`)).toEqual([
      'permanence/special-guardianship',
      'permanence/adoption',
      'permanence/long-term-fostering',
      'permanence/permanence-planning',
      'permanence/staying-put',
      'guides/scrutiny-guide',
      'training/being-a-corporate-parent',
      'questions/q-voice',
      'questions/q-plans',
      'questions/q-records',
      'case-studies/example-council',
      'legislation/children-act-1989',
      'legislation/adoption-and-children-act-2002',
      'glossary/looked-after-child',
      'glossary/special-guardianship-order',
    ]);
  });
});

describe('supporters of a recommendation', () => {
  it('groups the pages that name it by type, in the order types are shown, each group in section order', () => {
    const groups = trace.supportersOf('ofsted-walsall-2017-1');
    expect([...groups.keys()]).toEqual(['permanence', 'training', 'questions', 'legislation', 'glossary']);
    expect(ids(groups.get('permanence')!)).toEqual(['special-guardianship', 'adoption', 'long-term-fostering']);
    expect(ids(groups.get('questions')!)).toEqual(['q-plans', 'q-records']);
    expect(trace.supportCount('ofsted-walsall-2017-1')).toBe(9);
  });

  it('does not count a timeline mention as support, and leaves out empty groups', () => {
    expect([...trace.supportersOf('walsall-scrutiny-2019-s1').keys()]).toEqual(['guides', 'questions']);
    expect(trace.supportersOf('ofsted-walsall-2012-s-i1').size).toBe(0);
    expect(trace.supportCount('ofsted-walsall-2012-s-i1')).toBe(0);
  });

  it('names each type as readers see it', () => {
    expect(trace.SUPPORTING_TYPES.map(trace.typeLabel)).toEqual([
      'Permanence options',
      'Guides',
      'Induction',
      'Questions',
      'Case studies',
      'Law and guidance',
      'Glossary',
    ]);
  });
});

describe('recommendations', () => {
  it('are grouped by inspection in the inspections’ order, each in its own order', () => {
    const groups = trace.recommendationsByInspection();
    expect(groups.map((g) => [g.inspection, ids(g.items)])).toEqual([
      ['ofsted-walsall-2012', ['ofsted-walsall-2012-s-i1']],
      ['ofsted-walsall-2017', ['ofsted-walsall-2017-1', 'ofsted-walsall-2017-2', 'ofsted-walsall-2017-3']],
      ['walsall-scrutiny-2019', ['walsall-scrutiny-2019-s1']],
      ['ofsted-telford-2020', ['ofsted-telford-2020-1']],
    ]);
    expect(groups[3].label).toBe('Telford 2020 Ofsted inspection: the test report of it');
  });

  it('step through their own inspection in order', () => {
    expect(ids(trace.sameInspection(content.recommendations, rec('ofsted-walsall-2017-2')))).toEqual([
      'ofsted-walsall-2017-1',
      'ofsted-walsall-2017-2',
      'ofsted-walsall-2017-3',
    ]);
    const { previous, next } = related.neighbours(
      trace.sameInspection(content.recommendations, rec('ofsted-walsall-2017-2')),
      'ofsted-walsall-2017-2',
    );
    expect([previous?.id, next?.id]).toEqual(['ofsted-walsall-2017-1', 'ofsted-walsall-2017-3']);
  });

  it('show a one-way related link from the other side, but not a two-way one twice', () => {
    expect(ids(trace.relatedFrom(content.recommendations, rec('ofsted-walsall-2017-1')))).toEqual(['walsall-scrutiny-2019-s1']);
    expect(ids(trace.relatedFrom(content.recommendations, rec('ofsted-walsall-2017-2')))).toEqual(['ofsted-walsall-2017-3']);
    expect(trace.relatedFrom(content.recommendations, rec('ofsted-telford-2020-1'))).toEqual([]);
    expect(trace.relatedFrom(content.recommendations, rec('walsall-scrutiny-2019-s1'))).toEqual([]);
  });
});

describe('related pages', () => {
  const page = (collection: string, id: string) => content.tracedPages.find((p) => p.collection === collection && p.id === id)!;
  const titles = (pages: Array<{ data: { title: string } }>) => pages.map((p) => p.data.title);

  it('rank pages sharing recommendations (3 each) and topics (1 each) with a lift for the same type, ties by title', () => {
    expect(titles(related.relatedPages(page('permanence', 'adoption'), content.tracedPages, 10))).toEqual([
      'Special guardianship',
      'How does the council make "permanence" plans, and how fast?',
      'Long-term fostering',
      'Adoption and Children Act 2002',
      'Are decisions recorded <clearly>?',
      'Being a corporate parent',
      'Children Act 1989',
      'Looked after child',
    ]);
  });

  it('stop at the limit, five by default, and never list the page itself', () => {
    const adoption = page('permanence', 'adoption');
    expect(related.relatedPages(adoption, content.tracedPages)).toHaveLength(5);
    expect(related.relatedPages(adoption, content.tracedPages, 2)).toHaveLength(2);
    expect(related.relatedPages(adoption, content.tracedPages, 10)).not.toContain(adoption);
  });

  it('leave out pages that share only a topic or two', () => {
    const list = titles(related.relatedPages(page('permanence', 'adoption'), content.tracedPages, 10));
    expect(list).not.toContain('Permanence planning');
    expect(titles(related.relatedPages(page('case-studies', 'example-council'), content.tracedPages, 10))).toEqual([
      'How are children heard?',
    ]);
  });
});

describe('related pages in a pool of their own', () => {
  /** Only the fields the ranking reads. */
  const fake = (id: string, recommendations: string[], topics: string[]) =>
    ({
      collection: 'guides',
      id,
      data: { title: id, recommendations: recommendations.map((r) => ({ id: r })), topics },
    }) as unknown as (typeof content.tracedPages)[number];

  it('are ranked from the pool given, not from one seen before', () => {
    const a = fake('a', ['r1'], ['t1']);
    const b = fake('b', ['r1'], []);
    const c = fake('c', ['r2'], ['t1', 't2', 't3']);
    const d = fake('d', ['r3'], ['t1', 't2', 't3']);
    expect(ids(related.relatedPages(a, [a, b]))).toEqual(['b']);
    expect(ids(related.relatedPages(c, [a, b, c, d]))).toEqual(['d']);
  });

  it('are none for a page whose recommendations and topics no page in the pool shares', () => {
    const a = fake('a', ['r1'], ['t1']);
    expect(related.relatedPages(fake('x', ['unknown'], ['nothing', 'none', 'no']), [a])).toEqual([]);
  });
});

describe('neighbours', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('give the entries before and after, and nothing past either end or for an unknown id', () => {
    expect(related.neighbours(list, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(related.neighbours(list, 'a')).toEqual({ previous: undefined, next: { id: 'b' } });
    expect(related.neighbours(list, 'c')).toEqual({ previous: { id: 'b' }, next: undefined });
    expect(related.neighbours(list, 'z')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('the question index', () => {
  it('finds the questions of a recommendation and of a topic, in bank order', () => {
    expect(ids(index.questionsForRecommendation('ofsted-walsall-2017-1'))).toEqual(['q-plans', 'q-records']);
    expect(index.questionsForRecommendation('ofsted-walsall-2012-s-i1')).toEqual([]);
    expect(ids(index.questionsForTopic('permanence-planning'))).toEqual(['q-plans', 'q-records']);
    expect(ids(index.questionsForTopic('adoption'))).toEqual(['q-plans']);
  });

  it('offers packs for recommendations with questions, by inspection then order, with counts', () => {
    expect(index.recommendationsWithQuestions.map(({ r, n }) => [r.id, n])).toEqual([
      ['ofsted-telford-2020-1', 1],
      ['ofsted-walsall-2017-1', 2],
      ['ofsted-walsall-2017-2', 1],
      ['walsall-scrutiny-2019-s1', 1],
    ]);
  });

  it('offers packs for topics with questions, in the topic list’s order, with counts', () => {
    expect(index.topicsWithQuestions).toEqual([
      { t: 'permanence-planning', n: 2 },
      { t: 'adoption', n: 1 },
      { t: 'childs-voice', n: 1 },
    ]);
  });
});
