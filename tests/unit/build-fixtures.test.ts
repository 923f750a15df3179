import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureContentDir } from './fixture-content';

/** Builds the real site from a fixture content folder. */
function build(rule?: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'kb-out-'));
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: fixtureContentDir(rule), OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
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

  it('builds valid content and lists overdue pages on the editors page without failing', () => {
    const { status, output, outDir } = build();
    expect(status, output).toBe(0);
    const editors = join(outDir, 'about/editors/index.html');
    expect(existsSync(editors)).toBe(true);
    const html = readFileSync(editors, 'utf8');
    expect(html).toContain('Overdue for review (1)');
    expect(html).toContain('Test term');
  });
});
