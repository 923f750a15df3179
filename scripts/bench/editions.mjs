// The editions benchmark (part of `npm run bench`, or alone: node scripts/bench/editions.mjs).
// 1. Adds BENCH_EDITIONS synthetic council editions (default 20) of BENCH_EDITION_RECS recommendations each (default 50)
//    to a copy of the real content, builds every edition (EDITION=<council>) and prints the time of each and the total.
// 2. Builds the first synthetic edition again with 1, 5, 10 and all of the synthetic editions present, to show that
//    one edition's build does not grow with the number of other editions.
// Every build starts cold (no content cache). It asserts nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';

const EDITIONS = Number(process.env.BENCH_EDITIONS ?? 20);
const RECS = Number(process.env.BENCH_EDITION_RECS ?? 50);
const ROOT = '.bench/editions';
/** The real councils' recommendations, which stay in the content (national pages name them). */
const REAL_RECS = readdirSync('content/editions', { recursive: true, encoding: 'utf8' }).filter((f) =>
  /\/recommendations\/[^/]+\.mdx?$/.test(f),
).length;
const name = (i) => `bench-council-${String(i + 1).padStart(2, '0')}`;

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const WORDS =
  'council child home plan review support family court order carer school health team record meeting report visit week month year local service placement officer member question answer data progress change stable lasting safe care decision assessment social worker manager partner agency board committee'.split(
    ' ',
  );
const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
const sentence = (n) => {
  const s = words(n);
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
};

/** National pages a synthetic recommendation can name in `supportedBy`. */
const NATIONAL = ['glossary', 'questions', 'permanence', 'guides'].flatMap((c) =>
  readdirSync(join('content', c)).map((f) => [c, f.replace(/\.mdx?$/, '')]),
);

/** One synthetic council: council.mdx, one inspection, its report, and RECS recommendations, as a council would write them. */
function writeEdition(editionsDir, i) {
  seed = 7 + i; // the same council gets the same files however many others are written
  const id = name(i);
  const dir = join(editionsDir, id);
  for (const part of ['inspections', 'recommendations', 'sources']) mkdirSync(join(dir, part), { recursive: true });
  writeFileSync(join(dir, 'council.mdx'), `---\nname: "Bench Council ${i + 1}"\nplace: "Benchton ${i + 1}"\n---\n`);
  writeFileSync(
    join(dir, 'sources', `${id}-report.mdx`),
    `---\ntitle: "Synthetic inspection report ${i + 1}"\nshortTitle: "Bench report ${i + 1}"\npublisher: Ofsted\ndate: "1 June 2025"\nyear: 2025\nkind: inspection-report\nsummary: "${sentence(14)}"\nfactsDate: "2025"\n---\n`,
  );
  writeFileSync(
    join(dir, 'inspections', `${id}-2025.mdx`),
    `---\ntitle: "Synthetic inspection of Bench Council ${i + 1}, 2025"\nname: "Bench Council ${i + 1} 2025 inspection"\nbody: Ofsted\ncouncil: ${id}\ndate: 2025-06-01\nkind: ofsted-inspection\nframework: "Synthetic framework"\ncitation:\n  source: ${id}-report\n  section: "Recommendations"\n---\n`,
  );
  for (let r = 1; r <= RECS; r++) {
    const supports = Array.from({ length: 3 }, () => NATIONAL[Math.floor(random() * NATIONAL.length)]);
    writeFileSync(
      join(dir, 'recommendations', `${id}-2025-${r}.mdx`),
      `---\ntitle: "${sentence(5).slice(0, -1)}"\ninspection: ${id}-2025\nnumber: "${r}"\norder: ${r}\nmadeBy: Ofsted\ndate: "June 2025"\ntheme: "${words(3)}"\naddresses: "Bench Council ${i + 1}"\nsummary: "${sentence(16)}"\ncitation:\n  source: ${id}-report\n  section: "Recommendation ${r}"\nsupportedBy:\n${[...new Set(supports.map(([c, p]) => `  - ${c}: ${p}`))].join('\n')}\n---\n\n## What the inspectors found\n\n${sentence(14)} ${sentence(12)} ${sentence(16)}\n\n## What happened next\n\n${sentence(14)} ${sentence(10)}\n`,
    );
  }
}

/** A copy of the real content with the first `count` synthetic editions added. */
function contentWith(count) {
  const dir = join(ROOT, `content-${count}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', dir, { recursive: true });
  for (let i = 0; i < count; i++) writeEdition(join(dir, 'editions'), i);
  return dir;
}

/** Builds one edition from a content folder, cold; returns seconds, pages and what the build log says it loaded. */
function buildEdition(content, edition) {
  const out = join(ROOT, 'dist', edition);
  const cache = join('node_modules/.astro', `edition-${edition}`);
  rmSync(cache, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  // bash's `time` adds the build's CPU seconds (user + system), which vary less than wall time on a shared machine.
  const result = spawnSync('bash', ['-c', 'TIMEFORMAT="[cpu] %U %S"; time npx astro build'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, EDITION: edition, OUT_DIR: out },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [, user, system] = /\[cpu\] ([\d.]+) ([\d.]+)/.exec(result.stderr) ?? [];
  const cpu = Number(user) + Number(system);
  rmSync(cache, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`${edition}: build failed\n${result.stdout.slice(-1500)}\n${result.stderr.slice(-1500)}`);
  const held = /\[edition\] [^:]+: (\d+) inspection\(s\), (\d+) recommendation\(s\)/.exec(result.stdout);
  const pages = /(\d+) page\(s\) built/.exec(result.stdout);
  return { seconds, cpu, recommendations: Number(held?.[2] ?? NaN), pages: Number(pages?.[1] ?? NaN) };
}

export function runEditionsBench() {
  rmSync(ROOT, { recursive: true, force: true });
  console.log(
    `\nEditions: ${EDITIONS} synthetic councils of ${RECS} recommendations each, added to the real content (${cpus().length} cores).`,
  );
  const all = contentWith(EDITIONS);
  const rows = [];
  let total = 0;
  let totalCpu = 0;
  let firstBuild;
  for (let i = 0; i < EDITIONS; i++) {
    const r = buildEdition(all, name(i));
    firstBuild ??= r;
    total += r.seconds;
    totalCpu += r.cpu;
    rows.push({
      edition: name(i),
      'build (s)': r.seconds.toFixed(1),
      'CPU (s)': r.cpu.toFixed(1),
      'recommendations loaded': r.recommendations,
      pages: r.pages,
    });
    console.log(
      `  ${name(i)}: ${r.seconds.toFixed(1)} s (${r.cpu.toFixed(1)} s CPU), ${r.pages} pages, ${r.recommendations} recommendations`,
    );
  }
  console.table(rows);
  console.log(
    `Total for ${EDITIONS} editions: ${total.toFixed(1)} s (mean ${(total / EDITIONS).toFixed(1)} s per edition); CPU ${totalCpu.toFixed(1)} s (mean ${(totalCpu / EDITIONS).toFixed(1)} s).`,
  );

  console.log(`\nOne edition (${name(0)}) built with more and more other editions in the content folder:`);
  const scale = [];
  for (const count of [...new Set([1, 5, 10, EDITIONS].filter((n) => n <= EDITIONS))]) {
    // With every edition present, the first build above is that measurement.
    const content = count === EDITIONS ? undefined : contentWith(count);
    const r = content ? buildEdition(content, name(0)) : { ...firstBuild };
    scale.push({
      'synthetic editions present': count,
      'recommendations in the content': count * RECS + REAL_RECS,
      'recommendations loaded': r.recommendations,
      pages: r.pages,
      'build (s)': r.seconds.toFixed(1),
      'CPU (s)': r.cpu.toFixed(1),
    });
    if (content && existsSync(content)) rmSync(content, { recursive: true, force: true });
  }
  console.table(scale);
  console.log('Other editions are known by their file names only (to resolve and count references), so the loaded set,');
  console.log('the pages built and the build time stay flat as editions are added.');
  return { rows, total, totalCpu, scale };
}

if (import.meta.url === `file://${process.argv[1]}`) runEditionsBench();
