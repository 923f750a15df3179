/**
 * The integrity check over entries parsed by the real schemas (as `src/content.ts` runs it in a build): every
 * reference field, broken one at a time, gives exactly one problem naming the file and the field.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  checkIntegrity,
  duplicateGlossaryNames,
  duplicateIds,
  emptyRecommendationLists,
  formatProblems,
  idFromPath,
  missingReferences,
  valuesAt,
} from '../../src/lib/integrity';
import { parseContent, type ContentSet } from './harness/content';
import { CONTENT_WITH_EVERY_REFERENCE } from './harness/content-set';

vi.mock('astro:content', () => import('./harness/content').then((h) => h.mockedAstroContent()));

const { REFERENCE_FIELDS } = await import('../../src/lib/reference-fields');

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw frontmatter, edited by path

/** The content with one entry's raw frontmatter changed. */
function withChange(content: ContentSet, collection: keyof ContentSet, id: string, change: (data: Data) => void): ContentSet {
  const copy = structuredClone(content);
  const entry = (copy[collection] as Array<{ id: string; data: Data }>).find((e) => e.id === id);
  if (!entry) throw new Error(`No harness entry ${collection}/${id}`);
  change(entry.data);
  return copy;
}

/** Sets the value at a concrete path such as `facts.legalBasis.cite[0].source` or `supportedBy[3].questions`. */
function setAt(data: Data, path: string, value: unknown): void {
  const keys = path.split('.').flatMap((part) => part.split(/\[(\d+)\]/).filter(Boolean));
  const last = keys.pop()!;
  const parent = keys.reduce((node: Data, key) => node[key], data);
  parent[last] = value;
}

/** Every reference field of every collection, with the first harness entry that has a value there. */
function referenceCases() {
  const cases: Array<{ collection: string; id: string; field: string; target: string }> = [];
  const unexercised: string[] = [];
  for (const [collection, fields] of Object.entries(REFERENCE_FIELDS)) {
    const entries = (CONTENT_WITH_EVERY_REFERENCE[collection as keyof ContentSet] ?? []) as Array<{ id: string; data: Data }>;
    for (const [fieldPath, target] of Object.entries(fields)) {
      const hit = entries.map((e) => ({ id: e.id, at: valuesAt(e.data, fieldPath)[0] })).find((h) => h.at);
      if (hit) cases.push({ collection, id: hit.id, field: hit.at.path, target });
      else unexercised.push(`${collection}: ${fieldPath}`);
    }
  }
  return { cases, unexercised };
}

describe('references between entries', () => {
  it('are found in the schemas themselves, every one of them', () => {
    // The integrity check follows every reference() in the schemas; a few are named here to show the walk reaches
    // into arrays, unions, optional fields and transformed schemas.
    expect(REFERENCE_FIELDS.permanence).toMatchObject({
      'recommendations[]': 'recommendations',
      'sources[].source': 'sources',
      'facts.ends.cite[].source': 'sources',
      'relatedTerms[]': 'glossary',
    });
    expect(REFERENCE_FIELDS.recommendations).toMatchObject({
      inspection: 'inspections',
      'supportedBy[].case-studies': 'case-studies',
      'related[].recommendation': 'recommendations',
    });
    expect(REFERENCE_FIELDS.changes).toMatchObject({
      law: 'legislation',
      'citations[].source': 'sources',
      'affects[].training': 'training',
    });
    expect(REFERENCE_FIELDS.inspections).toMatchObject({ council: 'councils', frameworkLaw: 'legislation', guide: 'guides' });
    expect(REFERENCE_FIELDS.sources).toEqual({});
  });

  it('each have a harness entry that uses them, so every one is tested below', () => {
    expect(referenceCases().unexercised).toEqual([]);
  });

  it('pass for the harness content', async () => {
    expect(checkIntegrity(await parseContent(CONTENT_WITH_EVERY_REFERENCE), {}, REFERENCE_FIELDS)).toEqual([]);
  });

  it.each(referenceCases().cases.map((c) => [`${c.collection}/${c.id}`, c.field, c.target]))(
    '%s → %s: a missing target is one problem naming the file and the field',
    async (page, field, target) => {
      const [collection, id] = page.split('/') as [keyof ContentSet, string];
      const problems = missingReferences(
        await parseContent(withChange(CONTENT_WITH_EVERY_REFERENCE, collection, id, (d) => setAt(d, field, 'no-such-entry'))),
        REFERENCE_FIELDS,
      );
      expect(problems).toEqual([
        { file: `content/${collection}/${id}.mdx`, field, message: `refers to ${target} entry "no-such-entry", which does not exist` },
      ]);
    },
  );

  it('accept raw frontmatter ids as well as parsed references, and report what is neither', () => {
    const collections = {
      recommendations: [{ id: 'r1', data: { citation: { source: 's1' } } }],
      sources: [{ id: 's1', data: {} }],
      glossary: [
        {
          id: 'g1',
          filePath: 'content/glossary/G1.mdx',
          data: { recommendations: ['r1', { collection: 'recommendations', id: 'r1' }, 7], sources: [{ source: 's1' }] },
        },
      ],
    };
    expect(missingReferences(collections, REFERENCE_FIELDS)).toEqual([
      {
        file: 'content/glossary/G1.mdx',
        field: 'recommendations[2]',
        message: 'refers to recommendations entry "7", which does not exist',
      },
    ]);
  });

  it('do not ask untraced collections for recommendations or sources', () => {
    expect(
      missingReferences(
        { sources: [{ id: 's1', data: { recommendations: ['nothing'], sources: [{ source: 'nothing' }] } }] },
        REFERENCE_FIELDS,
      ),
    ).toEqual([]);
  });
});

describe('field paths', () => {
  it('reach every value, naming each one’s concrete path', () => {
    const data = { figures: [{ citation: { source: 'a' } }, { citation: { source: 'b' } }], tags: ['x', 'y'], one: { two: 'z' } };
    expect(valuesAt(data, 'figures[].citation.source')).toEqual([
      { path: 'figures[0].citation.source', value: 'a' },
      { path: 'figures[1].citation.source', value: 'b' },
    ]);
    expect(valuesAt(data, 'tags')).toEqual([
      { path: 'tags[0]', value: 'x' },
      { path: 'tags[1]', value: 'y' },
    ]);
    expect(valuesAt(data, 'one.two')).toEqual([{ path: 'one.two', value: 'z' }]);
  });

  it('give nothing for missing fields, and skip values that are not objects on the way', () => {
    expect(valuesAt({}, 'figures[].citation.source')).toEqual([]);
    expect(valuesAt({ figures: ['text', null, { citation: 'flat' }] }, 'figures[].citation.source')).toEqual([]);
    expect(valuesAt({ one: 'text' }, 'one.two')).toEqual([]);
    expect(valuesAt({ list: 'not an array' }, 'list[].x')).toEqual([]);
  });
});

describe('recommendation lists', () => {
  it('must name at least one recommendation on every traced page, and only there', () => {
    const problems = emptyRecommendationLists({
      glossary: [
        { id: 'empty', data: { recommendations: [] } },
        { id: 'missing', data: {} },
        { id: 'fine', data: { recommendations: ['r1'] } },
      ],
      guides: [{ id: 'text', data: { recommendations: 'r1' } }],
      recommendations: [{ id: 'r1', data: {} }],
      sources: [{ id: 's1', data: {} }],
    });
    // In the registry's order of collections: guides before the glossary.
    expect(problems).toEqual([
      { file: 'content/guides/text', field: 'recommendations', message: 'must name at least one recommendation the page supports' },
      { file: 'content/glossary/empty', field: 'recommendations', message: 'must name at least one recommendation the page supports' },
      { file: 'content/glossary/missing', field: 'recommendations', message: 'must name at least one recommendation the page supports' },
    ]);
  });

  it.each(['permanence', 'glossary', 'legislation', 'questions', 'case-studies', 'guides', 'training'])(
    'are checked in %s',
    (collection) => {
      expect(emptyRecommendationLists({ [collection]: [{ id: 'x', data: { recommendations: [] } }] })).toHaveLength(1);
    },
  );
});

describe('ids', () => {
  it('are file names lower-cased, without extension, other characters turned to hyphens', () => {
    expect(idFromPath('content/glossary/Care-Order.MDX')).toBe('care-order');
    expect(idFromPath('a/b/Foo Bar_baz.md')).toBe('foo-bar_baz');
    expect(idFromPath('plain.mdx')).toBe('plain');
    expect(idFromPath('notes.txt')).toBe('notes-txt');
    expect(idFromPath('What?!  Now.mdx')).toBe('what-now');
  });

  it('clash when two files in one collection fold to the same id, naming the second file and the first', () => {
    expect(duplicateIds({ glossary: ['g/Term.mdx', 'g/term.md', 'g/other.mdx'], legislation: ['l/term.mdx'] })).toEqual([
      { file: 'g/term.md', field: 'id', message: 'has the same id "term" as g/Term.mdx in glossary' },
    ]);
  });
});

describe('glossary names', () => {
  const term = (id: string, data: Data) => ({ id, data });

  it('clash across terms whatever their case or spacing, naming the field and the first owner', () => {
    const problems = duplicateGlossaryNames([
      term('special-guardianship-order', { title: 'Special guardianship order', abbreviation: 'SGO' }),
      term('other', { title: 'Other', aliases: ['x', '  sgo '] }),
      term('third', { title: 'SPECIAL GUARDIANSHIP ORDER' }),
    ]);
    expect(problems).toEqual([
      {
        file: 'content/glossary/other',
        field: 'aliases[1]',
        message: '"sgo" is already used by glossary entry "special-guardianship-order"',
      },
      {
        file: 'content/glossary/third',
        field: 'title',
        message: '"special guardianship order" is already used by glossary entry "special-guardianship-order"',
      },
    ]);
  });

  it('clash on an abbreviation, naming that field', () => {
    expect(
      duplicateGlossaryNames([
        term('a', { title: 'Care order', abbreviation: 'CO' }),
        term('b', { title: 'Court officer', abbreviation: 'co' }),
      ]),
    ).toEqual([{ file: 'content/glossary/b', field: 'abbreviation', message: '"co" is already used by glossary entry "a"' }]);
  });

  it('leave two files with the same id to the duplicate-id rule', () => {
    expect(duplicateGlossaryNames([term('care', { title: 'Care' }), term('care', { title: 'care' })])).toEqual([]);
  });

  it('do not clash within one term, and ignore blank or non-text names', () => {
    expect(
      duplicateGlossaryNames([
        term('a', { title: 'Looked after child', abbreviation: 'LAC', aliases: ['lac', 'Looked After Child', '', '  ', 3] }),
        term('b', { title: 'Child', aliases: 'LAC' }),
        term('c', { abbreviation: 7, aliases: ['', '   '] }),
      ]),
    ).toEqual([]);
  });
});

describe('the whole check', () => {
  it('lists duplicate ids, missing references, empty lists and name clashes, in that order', () => {
    const problems = checkIntegrity(
      {
        glossary: [
          { id: 'a', data: { title: 'Same', recommendations: [] } },
          { id: 'b', data: { title: 'same', recommendations: ['missing'] } },
        ],
      },
      { glossary: ['A.mdx', 'a.mdx'] },
      REFERENCE_FIELDS,
    );
    expect(problems.map((p) => p.field)).toEqual(['id', 'recommendations[0]', 'recommendations', 'title']);
  });

  it('finds nothing in no content', () => {
    expect(checkIntegrity({}, {}, REFERENCE_FIELDS)).toEqual([]);
  });

  it('is written one problem a line: file, field, message', () => {
    expect(
      formatProblems([
        { file: 'f1', field: 'x', message: 'is wrong' },
        { file: 'f2', field: 'y[0]', message: 'is missing' },
      ]),
    ).toBe('  f1 → x: is wrong\n  f2 → y[0]: is missing');
  });
});
