// `npm run mutation`: runs Stryker (stryker.config.mjs), then prints the mutation score from its JSON report,
// file by file and in total. Exits non-zero if Stryker fails or the score is below the target.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TARGET = 80;
const run = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'));
/** Detected: a test failed (or hung) with the mutant in place. Undetected: no test failed, or none ran it. */
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

let detected = 0;
let counted = 0;
const rows = [];
for (const [file, { mutants }] of Object.entries(report.files)) {
  const d = mutants.filter((m) => DETECTED.has(m.status)).length;
  const c = mutants.filter((m) => COUNTED.has(m.status)).length;
  detected += d;
  counted += c;
  rows.push(`${(c ? (100 * d) / c : 100).toFixed(1).padStart(6)}%  ${String(d).padStart(4)} / ${String(c).padEnd(4)} ${file}`);
}
const score = counted ? (100 * detected) / counted : 100;
console.log(`\n${rows.join('\n')}\n`);
console.log(`Mutation score: ${score.toFixed(1)}% (${detected} of ${counted} mutants killed; target ${TARGET}%)`);
if (score < TARGET) process.exitCode = 1;
