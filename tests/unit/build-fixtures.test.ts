import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureContentDir } from './fixture-content';

/** Builds the real site from a fixture content folder (or a folder prepared by the test). */
function build(rule?: string, contentDir = fixtureContentDir(rule)) {
  const outDir = mkdtempSync(join(tmpdir(), 'kb-out-'));
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('the build with fixture content', () => {
  it('fails on a reference to a missing entry, naming the file and the field', () => {
    const { status, output } = build('missing-reference');
    expect(status).not.toBe(0);
    expect(output).toContain('broken-term.mdx');
    expect(output).toContain('recommendations[0]');
  });

  it('fails on a missing required field, naming the file and the field', () => {
    const { status, output } = build('missing-field');
    expect(status).not.toBe(0);
    expect(output).toContain('summaryless-term');
    expect(output).toMatch(/summary/);
  });

  it('fails on an option whose parental responsibility depends on the route but names only one route, naming the file and the field', () => {
    const { status, output } = build('depends-without-routes');
    expect(status).not.toBe(0);
    expect(output).toContain('test-option');
    expect(output).toContain('prRoutes');
  });

  it('builds valid content and lists overdue pages on the editors page without failing', () => {
    const { status, output, outDir } = build();
    expect(status, output).toBe(0);
    const editors = join(outDir, 'about/editors/index.html');
    expect(existsSync(editors)).toBe(true);
    const html = readFileSync(editors, 'utf8');
    expect(html).toContain('Overdue for review (1)');
    expect(html).toContain('Test term');
    expect(readFileSync(join(outDir, 'permanence/compare/index.html'), 'utf8')).toContain('Fixture Act 2001');
  });

  it('builds the comparison table from the options’ data: change a field and the table changes', () => {
    const dir = fixtureContentDir();
    const file = join(dir, 'permanence/test-option.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('text: Fixture Act 2001', 'text: Changed Fixture Act 2002'));
    const { status, output, outDir } = build(undefined, dir);
    expect(status, output).toBe(0);
    const table = readFileSync(join(outDir, 'permanence/compare/index.html'), 'utf8');
    expect(table).toContain('Changed Fixture Act 2002');
    expect(table).not.toContain('Fixture Act 2001');
  });
});
