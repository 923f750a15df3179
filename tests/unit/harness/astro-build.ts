import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/**
 * Runs the real `astro build` with the given environment (CONTENT_DIR, EDITION, ...) into a fresh folder.
 * Colour is turned off and stripped: CI sets CI=true, and Astro then styles parts of its messages
 * (addresses are underlined), which would split the text the tests look for.
 */
export function astroBuild(env: Record<string, string>, outDir = mkdtempSync(join(tmpdir(), 'kb-out-'))) {
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  const stdout = stripVTControlCharacters(result.stdout);
  return { status: result.status, stdout, output: `${stdout}\n${stripVTControlCharacters(result.stderr)}`, outDir };
}
