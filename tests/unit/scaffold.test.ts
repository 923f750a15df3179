import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from './harness/astro-build';
import { editionFolderProblems, editionMembershipProblems } from '../../src/lib/edition-rules';
import { REFERENCE_FIELDS } from '../../src/lib/reference-fields';
import { checkIntegrity } from '../../src/lib/integrity';
import { fixtureContentDir, readContent } from './fixture-content';

/** Runs one of the `npm run new:*` scripts against a content folder. */
function scaffold(dir: string, script: 'council' | 'inspection' | 'recommendation', args: string[]) {
  const result = spawnSync('node', [`scripts/new/${script}.mjs`, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const COUNCIL = ['--id', 'exampleton', '--name', 'Exampleton Council', '--place', 'Exampleton'];
const INSPECTION = [
  '--council',
  'exampleton',
  '--id',
  'ofsted-exampleton-2025',
  '--name',
  'Exampleton 2025 Ofsted inspection',
  '--title',
  'Ofsted inspection of children’s services, Exampleton, 2025',
  '--kind',
  'ofsted-inspection',
  '--date',
  '2025-06-30',
  '--body',
  'Ofsted',
  '--framework',
  'A framework',
];
const RECOMMENDATION = [
  '--council',
  'exampleton',
  '--inspection',
  'ofsted-exampleton-2025',
  '--number',
  '1',
  '--title',
  'Plans that say what must change',
  '--summary',
  'Make every child’s plan say clearly what must change, and by when.',
  '--supports',
  'glossary/test-term',
];

/** A content folder with a new council, inspection and recommendation written by the scripts. */
function scaffolded(): string {
  const dir = fixtureContentDir();
  for (const [script, args] of [
    ['council', COUNCIL],
    ['inspection', INSPECTION],
    ['recommendation', RECOMMENDATION],
  ] as const) {
    const { status, output } = scaffold(dir, script, [...args]);
    expect(status, output).toBe(0);
  }
  return dir;
}

describe('the scaffold commands', () => {
  it('write starter files that pass every integrity and edition rule', () => {
    const dir = scaffolded();
    const { collections, files } = readContent(dir);
    expect([
      ...checkIntegrity(collections, files, REFERENCE_FIELDS),
      ...editionFolderProblems(join(dir, 'editions')),
      ...editionMembershipProblems(collections),
    ]).toEqual([]);
    const rec = collections.recommendations.find((r) => r.id === 'ofsted-exampleton-2025-1')!;
    expect(rec.data).toMatchObject({
      inspection: 'ofsted-exampleton-2025',
      number: '1',
      order: 1,
      madeBy: 'Ofsted',
      addresses: 'Exampleton Council',
      supportedBy: [{ glossary: 'test-term' }],
    });
    expect(rec.data.citation).toEqual({ source: 'ofsted-exampleton-2025-report', section: 'Recommendation 1' });
    expect(collections.sources.map((s) => s.id)).toContain('ofsted-exampleton-2025-report');
  });

  it('stop, naming each missing option', () => {
    const { status, output } = scaffold(fixtureContentDir(), 'council', ['--id', 'exampleton']);
    expect(status).toBe(1);
    expect(output).toContain('Missing: --name');
    expect(output).toContain('--place');
  });

  it('refuse to overwrite a file, and refuse an inspection that does not exist', () => {
    const dir = scaffolded();
    expect(scaffold(dir, 'recommendation', [...RECOMMENDATION]).output).toContain('already exists');
    const wrong = RECOMMENDATION.map((a) => (a === 'ofsted-exampleton-2025' ? 'ofsted-exampletn-2025' : a));
    const { status, output } = scaffold(dir, 'recommendation', wrong);
    expect(status).toBe(1);
    expect(output).toContain('There is no inspection "ofsted-exampletn-2025"');
  });

  it('refuse a page to support that does not exist', () => {
    const dir = scaffolded();
    const args = [...RECOMMENDATION.slice(0, -1), 'glossary/no-such-term', '--number', '2'];
    const { status, output } = scaffold(dir, 'recommendation', args);
    expect(status).toBe(1);
    expect(output).toContain('there is no page');
  });

  it('give an edition that builds, with its own recommendation and no other council’s', { timeout: 300_000 }, () => {
    const dir = scaffolded();
    const result = astroBuild({ CONTENT_DIR: dir, EDITION: 'exampleton' });
    const out = result.outDir;
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(result.stdout).toContain('[edition] exampleton (Exampleton Council): 1 inspection(s), 1 recommendation(s)');
    expect(result.stdout).toMatch(/Left out, as they belong to other councils' editions: \d+ reference/);
    expect(existsSync(join(out, 'recommendations/ofsted-exampleton-2025-1/index.html'))).toBe(true);
    expect(existsSync(join(out, 'recommendations/rec-1/index.html'))).toBe(false);
    const term = readFileSync(join(out, 'glossary/test-term/index.html'), 'utf8');
    expect(term).toContain('data-recommendation="ofsted-exampleton-2025-1"');
    expect(term).not.toContain('data-recommendation="rec-1"');
  });
});
