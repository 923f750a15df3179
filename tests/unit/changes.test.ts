import { describe, expect, it } from 'vitest';
import { astroBuild } from './harness/astro-build';
import { affectedPages, changesAffecting } from '../../src/lib/changes';
import { changeProblems, checkIntegrity, missingReferences, type CollectionsLike } from '../../src/lib/integrity';
import { REFERENCE_FIELDS } from '../../src/lib/reference-fields';
import { isLawCheckDue, lawCheckDueDate, lawChecksDue, LAW_CHECK_INTERVAL_MONTHS } from '../../src/lib/law-checks';
import { fixtureContentDir, readContent } from './fixture-content';

const change = (id: string, data: Record<string, unknown>) => ({ id, filePath: `content/changes/${id}.mdx`, data });
const collections = (changes: ReturnType<typeof change>[]): CollectionsLike => ({
  sources: [
    { id: 'an-act', data: { kind: 'legislation' } },
    { id: 'a-report', data: { kind: 'inspection-report' } },
  ],
  glossary: [{ id: 'term', data: {} }],
  permanence: [{ id: 'option', data: {} }],
  legislation: [{ id: 'law', data: {} }],
  changes,
});
const valid = {
  citations: [{ source: 'an-act', section: 's.1' }],
  affects: [
    { glossary: 'term', note: 'n' },
    { permanence: { collection: 'permanence', id: 'option' }, note: 'n' },
  ],
  law: 'law',
};

describe('the changes integrity rule', () => {
  it('passes a change whose pages, sources and law entry exist', () => {
    expect(changeProblems(collections([change('ok', valid)]))).toEqual([]);
    expect(missingReferences(collections([change('ok', valid)]), REFERENCE_FIELDS)).toEqual([]);
  });

  it('fails a change that names a page that does not exist, naming the file and field', () => {
    const [problem, ...rest] = missingReferences(
      collections([change('bad', { ...valid, affects: [{ glossary: 'missing', note: 'n' }] })]),
      REFERENCE_FIELDS,
    );
    expect(rest).toEqual([]);
    expect(problem.file).toBe('content/changes/bad.mdx');
    expect(problem.field).toBe('affects[0].glossary');
    expect(problem.message).toContain('"missing"');
  });

  it('fails a change with no affected page', () => {
    const problems = changeProblems(collections([change('empty', { ...valid, affects: [] })]));
    expect(problems.map((p) => p.field)).toEqual(['affects']);
  });

  it('fails a change cited to an evidence document rather than a primary source', () => {
    const [problem] = changeProblems(collections([change('weak', { ...valid, citations: [{ source: 'a-report', section: 'p.1' }] })]));
    expect(problem.field).toBe('citations[0].source');
    expect(problem.message).toContain('primary source');
  });

  it('fails a change whose law timeline entry does not exist', () => {
    const [problem, ...rest] = missingReferences(collections([change('lost', { ...valid, law: 'no-law' })]), REFERENCE_FIELDS);
    expect(rest).toEqual([]);
    expect(problem.field).toBe('law');
  });
});

describe('which pages a change affects', () => {
  const changes = [
    { id: 'new', data: { affects: [{ glossary: { collection: 'glossary', id: 'term' }, note: 'newer note' }] } },
    {
      id: 'old',
      data: {
        affects: [
          { permanence: 'option', note: 'other' },
          { glossary: 'term', note: 'older note' },
        ],
      },
    },
  ];
  it('reads both reference objects and raw ids', () => {
    expect(affectedPages(changes[1])).toEqual([
      { collection: 'permanence', id: 'option', note: 'other' },
      { collection: 'glossary', id: 'term', note: 'older note' },
    ]);
  });
  it('finds every change that names a page, in the given order, with the note for that page', () => {
    expect(changesAffecting(changes, 'glossary', 'term').map((c) => [c.change.id, c.note])).toEqual([
      ['new', 'newer note'],
      ['old', 'older note'],
    ]);
    expect(changesAffecting(changes, 'glossary', 'other')).toEqual([]);
  });
});

describe('law checks', () => {
  const checked = new Date('2026-11-29T00:00:00Z');
  it(`fall due ${LAW_CHECK_INTERVAL_MONTHS} months after the last check`, () => {
    expect(lawCheckDueDate(checked).toISOString().slice(0, 10)).toBe('2027-05-29');
    expect(isLawCheckDue(checked, new Date('2027-05-28T00:00:00Z'))).toBe(false);
    expect(isLawCheckDue(checked, new Date('2027-05-29T00:00:00Z'))).toBe(true);
  });
  it('lists only items with a law-checked date that is due, oldest first', () => {
    const items = [
      { id: 'recent', at: new Date('2026-11-01T00:00:00Z') },
      { id: 'never', at: undefined },
      { id: 'oldest', at: new Date('2025-01-01T00:00:00Z') },
      { id: 'old', at: new Date('2026-01-01T00:00:00Z') },
    ];
    expect(lawChecksDue(items, (i) => i.at, new Date('2026-12-01T00:00:00Z')).map((i) => i.id)).toEqual(['oldest', 'old']);
  });
});

describe('the build with a broken change', () => {
  it('fails, naming the change file and the field', () => {
    const dir = fixtureContentDir('broken-change');
    const { collections: read } = readContent(dir);
    expect(checkIntegrity(read, {}, REFERENCE_FIELDS).map((p) => p.field)).toEqual(['affects[0].glossary', 'citations[0].source']);
    const { status, output } = astroBuild({ CONTENT_DIR: dir });
    expect(status).not.toBe(0);
    expect(output).toContain('bad-change.mdx');
    expect(output).toContain('affects[0].glossary');
  }, 120_000);
});
