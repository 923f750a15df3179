// `npm test`: type check, content checks, unit and fixture tests, both builds, browser tests.
// Each stage's results are counted; the last line is "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';
import { findJava, NO_JAVA_MESSAGE } from './find-java.mjs';

const results = { passed: 0, failed: 0 };
const failures = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  ${label} ${result.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function count(label, ok) {
  if (ok) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

// 1. Types (astro sync generates the content types first).
count('type check', run('type check', 'npx', ['astro', 'sync']) && run('type check', 'npx', ['astro', 'check']));

// Lint (ESLint with typed rules) and format (Prettier), over the whole project.
count('lint', run('lint', 'npx', ['eslint', '.']));
count('format', run('format', 'npx', ['prettier', '--check', '.']));

// 2. No text copied from the sources (the five source texts are kept in tests/originality/sources/).
count('copycheck', run('copycheck', process.execPath, ['scripts/copycheck.mjs', 'content', 'src']));

// No high or critical advisories in runtime dependencies (the built site ships none of node_modules).
count('npm audit --omit=dev', run('npm audit', 'npm', ['audit', '--omit=dev', '--audit-level=high']));

// 3. Unit and fixture tests (vitest), counted test by test.
rmSync('test-results/vitest.json', { force: true });
const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const unit = readJson('test-results/vitest.json');
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
  if (unit.numFailedTests) failures.push(`${unit.numFailedTests} unit test(s)`);
  if (!unitOk && unit.numFailedTests === 0) count('unit tests (suite error)', false);
} else count('unit tests (no report)', false);

// 4. The two builds the browser tests read: at the root, and under BASE_PATH=/kb/.
const built = run('build', 'npm', ['run', '-s', 'build']);
count('build', built);
const builtKb = run('build under /kb/', 'npm', ['run', '-s', 'build'], { BASE_PATH: '/kb/', OUT_DIR: './dist-kb' });
count('build under /kb/', builtKb);

// 5. Browser tests in Debian's Chromium; the page sweep's W3C Nu HTML checker needs Java (its test fails, saying so, without it).
const chromium = findChromium();
const java = findJava();
if (!java) console.log(`\n▶ Nu HTML checker: ${NO_JAVA_MESSAGE}`);
if (!chromium) {
  console.log('\n▶ browser tests: no Chromium. Install it (as root: apt-get install -y chromium) or set CHROMIUM_PATH.');
  count('browser tests (no Chromium)', false);
} else if (!built || !builtKb) {
  console.log('\n▶ browser tests: skipped because a build failed.');
  count('browser tests (build failed)', false);
} else {
  rmSync('test-results/playwright.json', { force: true });
  run('browser tests', 'npx', ['playwright', 'test'], {
    CHROMIUM_PATH: chromium,
    ...(java ? { JAVA_PATH: java } : {}),
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json',
  });
  const report = readJson('test-results/playwright.json');
  if (report?.stats) {
    results.passed += report.stats.expected + (report.stats.flaky ?? 0);
    results.failed += report.stats.unexpected;
    if (report.stats.unexpected) failures.push(`${report.stats.unexpected} browser test(s)`);
  } else count('browser tests (no report)', false);
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed > 0 ? 1 : 0;
