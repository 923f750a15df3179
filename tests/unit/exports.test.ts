/**
 * The site's downloads, built from the harness content and read back with independent parsers: every cell and
 * field is compared with the entry it comes from, at the root and under the /kb/ base path.
 */
import { describe, expect, it, vi } from 'vitest';
import { importWithBase } from './harness/base';
import { atomEntries, csvRecords, parseCsv, xmlAttribute, xmlText } from './harness/parse';

vi.mock('astro:content', () => import('./harness/content').then((h) => h.mockedAstroContent()));

const SITE = new URL('https://permanence-kb.example');

/** The export modules and the content they read, loaded for a base path. */
const load = (base: string) =>
  importWithBase(base, async () => ({
    content: await import('../../src/content'),
    index: await import('../../src/lib/question-index'),
    csv: await import('../../src/lib/exports/questions-csv'),
    pack: await import('../../src/lib/exports/pack-data'),
    trace: await import('../../src/lib/exports/traceability-data'),
    feed: await import('../../src/lib/exports/atom-feed'),
  }));

describe.each([
  ['/', ''],
  ['/kb/', '/kb'],
])('exports with base %s', (base, prefix) => {
  describe('questions.csv', () => {
    it('has the contract’s columns, in order', async () => {
      const { content, csv } = await load(base);
      const text = csv.questionsCsv(content.questions, SITE);
      expect(text.startsWith('\ufeff'), 'a byte order mark, so Excel reads UTF-8').toBe(true);
      const [header] = parseCsv(text.slice(1));
      expect(header).toEqual([
        'id',
        'question',
        'group',
        'origin',
        'topics',
        'audience',
        'recommendations',
        'prompts',
        'evidence',
        'good_answer',
        'url',
      ]);
    });

    it('has one row per question, in bank order, each cell taken from the entry', async () => {
      const { content, csv } = await load(base);
      const records = csvRecords(csv.questionsCsv(content.questions, SITE).slice(1));
      expect(records.map((r) => r.id)).toEqual(['q-voice', 'q-plans', 'q-records']);
      expect(records[1]).toEqual({
        id: 'q-plans',
        question: 'How does the council make "permanence" plans, and how fast?',
        group: 'KLOE 2: Plans, "early"',
        origin: 'LGA key lines of enquiry (2018); Walsall working group: questions for managers (2019)',
        topics: 'Permanence planning and timeliness; Adoption',
        audience: 'New members; Scrutiny chairs',
        recommendations: 'ofsted-walsall-2017-1 walsall-scrutiny-2019-s1',
        prompts: 'Who signs the plan off? | What happens, and when, if it slips?',
        evidence: 'The tracker of plans (SSDA903) | Minutes of the panel',
        good_answer: 'Every child has a plan by the second review, and slips are reported.',
        url: `https://permanence-kb.example${prefix}/questions/q-plans/`,
      });
      expect(records[0]).toMatchObject({
        origin: 'Added by this site from the inspection record, where no source list asks it',
        prompts: '',
        evidence: 'The IRO annual report',
      });
    });

    it('quotes every cell, doubles quotes and ends every line with CRLF', async () => {
      const { content, csv } = await load(base);
      const text = csv.questionsCsv(content.questions, SITE);
      expect(text).toContain('"q-plans","How does the council make ""permanence"" plans, and how fast?","KLOE 2: Plans, ""early""",');
      expect(text.slice(1).split('\r\n')).toHaveLength(content.questions.length + 2);
      expect(text.endsWith('"\r\n')).toBe(true);
    });
  });

  describe('questions.json (the pack builder’s data)', () => {
    it('lists the recommendations that have questions, in the question index’s order, labelled with inspection and number', async () => {
      const { content, index, pack } = await load(base);
      const data = pack.packData(content.questions, index.recommendationsWithQuestions, content.sourceById);
      expect(data.recommendations).toEqual([
        { id: 'ofsted-telford-2020-1', label: 'Telford 2020 Ofsted inspection, recommendation 1: Recording in children’s plans' },
        { id: 'ofsted-walsall-2017-1', label: 'Walsall 2017 Ofsted inspection, recommendation 1: Plans for permanence without delay' },
        { id: 'ofsted-walsall-2017-2', label: 'Walsall 2017 Ofsted inspection, recommendation 2: Managers record their decisions' },
        { id: 'walsall-scrutiny-2019-s1', label: 'Walsall 2019 scrutiny working group, recommendation S1: Scrutiny of permanence plans' },
      ]);
      expect(data.topics['permanence-planning']).toBe('Permanence planning and timeliness');
    });

    it('names a source it cannot find by its id', async () => {
      const { content, index, pack } = await load(base);
      expect(pack.packData(content.questions, index.recommendationsWithQuestions, new Map()).questions[0].sources).toEqual([
        'lga-pack-2018, Key lines of enquiry',
      ]);
    });

    it('carries each question’s text for the Markdown and CSV downloads, with the base path in its address', async () => {
      const { content, index, pack } = await load(base);
      const data = pack.packData(content.questions, index.recommendationsWithQuestions, content.sourceById);
      expect(data.questions.map((q) => q.id)).toEqual(['q-voice', 'q-plans', 'q-records']);
      // The file's bytes follow the key order: the pack question's fields, then its topics and recommendations.
      expect(Object.keys(data.questions[1])).toEqual([
        'id',
        'title',
        'url',
        'whyItMatters',
        'prompts',
        'evidence',
        'goodAnswer',
        'sources',
        'factsDate',
        'topics',
        'recommendations',
      ]);
      expect(data.questions[1]).toEqual({
        id: 'q-plans',
        title: 'How does the council make "permanence" plans, and how fast?',
        url: `${prefix}/questions/q-plans/`,
        topics: ['permanence-planning', 'adoption'],
        recommendations: ['ofsted-walsall-2017-1', 'walsall-scrutiny-2019-s1'],
        whyItMatters: 'Children wait too long when plans are late, so councillors should ask.',
        prompts: ['Who signs the plan off?', 'What happens, and when, if it slips?'],
        evidence: ['The tracker of plans (public data: SSDA903)', 'Minutes of the panel'],
        goodAnswer: 'Every child has a plan by the second review, and slips are reported.',
        sources: ['LGA pack, Key lines of enquiry'],
        factsDate: '2018',
      });
    });
  });

  describe('traceability.json', () => {
    it('lists every recommendation by id, with its address and its source document’s title', async () => {
      const { content, trace } = await load(base);
      const data = trace.traceabilityData(content.recommendations, content.tracedPages, content.sourceById);
      expect(data.recommendations.map((r) => r.id)).toEqual([
        'ofsted-telford-2020-1',
        'ofsted-walsall-2012-s-i1',
        'ofsted-walsall-2017-1',
        'ofsted-walsall-2017-2',
        'ofsted-walsall-2017-3',
        'walsall-scrutiny-2019-s1',
      ]);
      expect(data.recommendations[2]).toEqual({
        id: 'ofsted-walsall-2017-1',
        url: `${prefix}/recommendations/ofsted-walsall-2017-1/`,
        title: 'Plans for permanence without delay',
        source: 'LGA permanence resource pack',
      });
    });

    it('falls back to the source id when the source is unknown', async () => {
      const { content, trace } = await load(base);
      const data = trace.traceabilityData(content.recommendations, [], new Map());
      expect(data.recommendations[0].source).toBe('lga-pack-2018');
      expect(data.pages).toEqual([]);
    });

    it('lists every content page with its type and the recommendations it supports', async () => {
      const { content, trace } = await load(base);
      const data = trace.traceabilityData(content.recommendations, content.tracedPages, content.sourceById);
      expect(data.pages).toHaveLength(content.tracedPages.length);
      expect(data.pages.find((p) => p.title === 'Special guardianship')).toEqual({
        url: `${prefix}/permanence/special-guardianship/`,
        type: 'Permanence option',
        title: 'Special guardianship',
        recommendations: ['ofsted-walsall-2017-1', 'ofsted-walsall-2017-3'],
      });
      expect(data.pages.find((p) => p.url.endsWith('/questions/q-records/'))?.type).toBe('Question');
    });

    it('names each page’s type as readers see it', async () => {
      const { content, trace } = await load(base);
      const data = trace.traceabilityData(content.recommendations, content.tracedPages, content.sourceById);
      const typeOf = (section: string) => [
        ...new Set(data.pages.filter((p) => p.url.startsWith(`${prefix}/${section}/`)).map((p) => p.type)),
      ];
      expect(['permanence', 'guides', 'training', 'questions', 'case-studies', 'legislation', 'glossary'].map(typeOf)).toEqual([
        ['Permanence option'],
        ['Guide'],
        ['Induction module'],
        ['Question'],
        ['Case study'],
        ['Law and guidance'],
        ['Glossary term'],
      ]);
    });
  });

  describe('feed.xml', () => {
    it('has one entry per content page, newest review first, ties by title', async () => {
      const { content, feed } = await load(base);
      const xml = feed.atomFeed(content.tracedPages, SITE);
      const entries = atomEntries(xml);
      expect(entries).toHaveLength(content.tracedPages.length);
      expect(xml.split('\n').filter((line) => line === '  <entry>')).toHaveLength(entries.length);
      const titles = entries.map((e) => xmlText(e, 'title'));
      expect(titles.slice(0, 4)).toEqual([
        'How does the council make "permanence" plans, and how fast?',
        'Adoption',
        'Example council & partners',
        'A guide to scrutiny',
      ]);
      const updated = entries.map((e) => xmlText(e, 'updated')!);
      expect([...updated].sort().reverse()).toEqual(updated);
      expect(titles.at(-1)).toBe('Looked after child');
      const sameDay = titles.slice(3, -1);
      expect(sameDay).toEqual([...sameDay].sort((a, b) => a!.localeCompare(b!)));
    });

    it('gives each entry its absolute address, date, type and summary, escaped', async () => {
      const { content, feed } = await load(base);
      const xml = feed.atomFeed(content.tracedPages, SITE);
      const entry = atomEntries(xml).find((e) => e.includes('q-records'))!;
      expect(entry).toContain('<title>Are decisions recorded &lt;clearly&gt;?</title>');
      expect(xmlAttribute(entry, 'link', 'href')).toBe(`https://permanence-kb.example${prefix}/questions/q-records/`);
      expect(xmlText(entry, 'id')).toBe(`https://permanence-kb.example${prefix}/questions/q-records/`);
      expect(xmlText(entry, 'updated')).toBe('2026-01-10T00:00:00.000Z');
      expect(xmlAttribute(entry, 'category', 'term')).toBe('Question');
      expect(xmlText(entry, 'summary')).toBe(
        'Question reviewed. A short test summary for the page called Are decisions recorded <clearly>?. Facts describe 2018.',
      );
      expect(xml).toContain('<title>Example council &amp; partners</title>');
    });

    it('describes the feed itself: title, self link, site link, id, latest update and author', async () => {
      const { content, feed } = await load(base);
      const xml = feed.atomFeed(content.tracedPages, SITE);
      const head = xml.slice(0, xml.indexOf('<entry>'));
      expect(head.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
      expect(xmlText(head, 'title')).toBe('Permanence knowledge base: content changes and changes in the law');
      expect(xmlAttribute(head, 'link', 'href', 'rel="self"')).toBe(`https://permanence-kb.example${prefix}/feed.xml`);
      expect(head).toContain(`<link href="https://permanence-kb.example${prefix}/"/>`);
      expect(xmlText(head, 'id')).toBe(`https://permanence-kb.example${prefix}/`);
      expect(xmlText(head, 'updated')).toBe('2026-05-01T00:00:00.000Z');
      expect(head).toContain('<author><name>Permanence knowledge base editors</name></author>');
      expect(xml.endsWith('</feed>\n')).toBe(true);
    });

    it('puts each change in law among the reviews by its own date, with its anchor on the changes page, kind and status', async () => {
      const { content, feed } = await load(base);
      const xml = feed.atomFeed(content.tracedPages, SITE, content.changes);
      const entries = atomEntries(xml);
      expect(entries).toHaveLength(content.tracedPages.length + content.changes.length);
      expect(entries.map((e) => xmlText(e, 'title')).slice(0, 3)).toEqual([
        'How does the council make "permanence" plans, and how fast?',
        'Change in law and policy: Kinship local offer & "duty"',
        'Adoption',
      ]);
      const entry = entries[1];
      expect(xmlAttribute(entry, 'link', 'href')).toBe(`https://permanence-kb.example${prefix}/changes/#change-kinship-offer-duty`);
      expect(xmlText(entry, 'id')).toBe(`https://permanence-kb.example${prefix}/changes/#change-kinship-offer-duty`);
      expect(xmlText(entry, 'updated')).toBe('2026-04-01T00:00:00.000Z');
      expect(xmlAttribute(entry, 'category', 'term')).toBe('Change in law and policy: Law');
      expect(xmlText(entry, 'summary')).toBe(
        'Councils must publish what support they give kinship carers, <in> a local offer that is kept up to date. Status: in force when checked on 1 November 2026.',
      );
      expect(entry).toContain('<title>Change in law and policy: Kinship local offer &amp; &quot;duty&quot;</title>');
    });

    it('is dated by a change in law when it is the newest entry', async () => {
      const { content, feed } = await load(base);
      const later = content.changes.map((c) => ({ ...c, data: { ...c.data, date: new Date('2026-06-01T00:00:00Z') } }));
      const xml = feed.atomFeed(content.tracedPages, SITE, later);
      expect(xmlText(xml.slice(0, xml.indexOf('<entry>')), 'updated')).toBe('2026-06-01T00:00:00.000Z');
      expect(xmlText(atomEntries(xml)[0], 'title')).toBe('Change in law and policy: Kinship local offer & "duty"');
    });

    it('names the council in a council edition’s feed title, escaped', async () => {
      const { content, feed } = await load(base);
      const xml = feed.atomFeed(content.tracedPages, SITE, [], 'Telford & Wrekin Council');
      expect(xml).toContain(
        '<title>Permanence knowledge base (Telford &amp; Wrekin Council edition): content changes and changes in the law</title>',
      );
    });

    it('is dated 1970 when there are no pages', async () => {
      const { feed } = await load(base);
      const xml = feed.atomFeed([], SITE);
      expect(xmlText(xml, 'updated')).toBe('1970-01-01T00:00:00.000Z');
      expect(atomEntries(xml)).toEqual([]);
    });
  });
});

describe('escapeXml', () => {
  it('escapes the four characters that break XML text and double-quoted attributes, ampersands first', async () => {
    const { escapeXml } = await import('../../src/lib/exports/atom-feed');
    expect(escapeXml('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot;');
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });
});
