import { describe, expect, it } from 'vitest';
import { REFERENCE_FIELDS } from '../../src/lib/reference-fields';
import { checkIntegrity, valuesAt } from '../../src/lib/integrity';
import { fixtureContentDir, readContent } from './fixture-content';

const problemsFor = (rule?: string) => {
  const { collections, files } = readContent(fixtureContentDir(rule));
  return checkIntegrity(collections, files, REFERENCE_FIELDS);
};

describe('content integrity rules', () => {
  it('passes valid content', () => {
    expect(problemsFor()).toEqual([]);
  });

  it('fails a reference to a missing recommendation, naming the file and field', () => {
    const [problem, ...rest] = problemsFor('missing-reference');
    expect(rest).toEqual([]);
    expect(problem.file).toMatch(/glossary\/broken-term\.mdx$/);
    expect(problem.field).toBe('recommendations[0]');
    expect(problem.message).toContain('no-such-recommendation');
  });

  it('fails a citation of an unknown source', () => {
    const [problem] = problemsFor('unknown-source');
    expect(problem.file).toMatch(/unsourced-term\.mdx$/);
    expect(problem.field).toBe('sources[0].source');
    expect(problem.message).toContain('no-such-source');
  });

  it('fails an empty recommendation list', () => {
    const [problem] = problemsFor('empty-recommendations');
    expect(problem.file).toMatch(/untraced-term\.mdx$/);
    expect(problem.field).toBe('recommendations');
  });

  it('fails two files that resolve to the same id', () => {
    const problems = problemsFor('duplicate-id').filter((p) => p.field === 'id');
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('twin-term');
  });

  it('fails two glossary terms that claim the same name', () => {
    const [problem] = problemsFor('duplicate-alias');
    expect(problem.file).toMatch(/glossary\//);
    expect(problem.field).toMatch(/^aliases\[0\]$|^title$/);
    expect(problem.message).toContain('trial term');
  });

  it('walks nested field paths to every value', () => {
    const data = { figures: [{ citation: { source: 'a' } }, { citation: { source: 'b' } }] };
    expect(valuesAt(data, 'figures[].citation.source')).toEqual([
      { path: 'figures[0].citation.source', value: 'a' },
      { path: 'figures[1].citation.source', value: 'b' },
    ]);
  });
});
