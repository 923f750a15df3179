// copycheck: finds runs of 12 or more consecutive words that the site's text shares with the five source documents
// in tests/originality/sources/. Site text must be written afresh; only facts carry over.
//
//   node scripts/copycheck.mjs [--min N] [--allow FILE] [PATH ...]
//
// PATH: files or folders to read (default: content src). Reads .md .mdx .astro .html .yaml .yml .json .ts .tsx .js
// .mjs .txt; skips node_modules, dist, .git. --min: the run length (default 12). --allow: a file of phrases, one a
// line (e.g. the titles of cited documents); a run that lies wholly inside an allowed phrase is not reported
// (default: .copycheck-allow, where it exists). Prints one line per shared run (file:line, then the run) and a
// summary; exits 1 if any run is found, 2 on a usage error.
//
// Words are compared as the workspace's shared copycheck tool compares them, so the two give the same result on the
// same tree: lower case, curly apostrophes made straight, en and em dashes made spaces, a word is letters and digits
// with at most one apostrophe part ("council's" counts as "councils"), and markup tags are skipped.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOURCES_DIR = fileURLToPath(new URL('../tests/originality/sources/', import.meta.url));
const READ = new Set(['.md', '.mdx', '.astro', '.html', '.yaml', '.yml', '.json', '.ts', '.tsx', '.js', '.mjs', '.txt']);
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report']);

/** The words of a text, normalised, each with the line it starts on. */
export function words(text) {
  const out = [];
  const norm = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2013\u2014]/g, ' ');
  const pattern = /[a-z0-9]+(?:'[a-z]+)?/g;
  let line = 1;
  let last = 0;
  for (let m = pattern.exec(norm); m; m = pattern.exec(norm)) {
    for (let k = last; k < m.index; k++) if (norm.charCodeAt(k) === 10) line++;
    last = m.index;
    out.push({ word: m[0].replace(/'s$/, 's').replace(/'/g, ''), line });
  }
  return out;
}

/** Tags become blanks that keep their newlines, so line numbers still point at the source file's lines. */
export function stripMarkup(text, extension) {
  const blank = (tag) => tag.replace(/[^\n]/g, '') || ' ';
  const visible = extension === '.html' ? text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, blank) : text;
  return visible.replace(/<[^>]+>/g, blank);
}

/** Every file to read under the given paths. */
export function filesUnder(path, acc = []) {
  if (!existsSync(path)) throw new Error(`no such path: ${path}`);
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) if (!SKIP.has(name)) filesUnder(join(path, name), acc);
  } else if (READ.has(extname(path))) acc.push(path);
  return acc;
}

/** Every run of `min` consecutive words in the source documents (the `.txt` and `.md` files of `dir`, not README.md). */
export function sourceShingles(min, dir = SOURCES_DIR) {
  const shingles = new Set();
  for (const name of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')) {
    const ws = words(readFileSync(join(dir, name), 'utf8')).map((w) => w.word);
    for (let i = 0; i + min <= ws.length; i++) shingles.add(ws.slice(i, i + min).join(' '));
  }
  if (shingles.size === 0) throw new Error(`no source text found in ${dir}`);
  return shingles;
}

/** Allowed phrases, normalised like the text they are compared with. */
export function readAllowList(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) =>
      words(line)
        .map((w) => w.word)
        .join(' '),
    )
    .filter(Boolean);
}

/** The shared runs in one file's text: `{ line, run }` for each, longest run first found, allowed phrases left out. */
export function sharedRuns(text, extension, shingles, { min = 12, allowed = [] } = {}) {
  const ws = words(stripMarkup(text, extension));
  const key = (from) =>
    ws
      .slice(from, from + min)
      .map((w) => w.word)
      .join(' ');
  const runs = [];
  let i = 0;
  while (i + min <= ws.length) {
    if (!shingles.has(key(i))) {
      i++;
      continue;
    }
    let j = i + 1; // extend the run while the next window still matches
    while (j + min <= ws.length && shingles.has(key(j))) j++;
    const run = ws
      .slice(i, j - 1 + min)
      .map((w) => w.word)
      .join(' ');
    if (!allowed.some((phrase) => phrase.includes(run))) runs.push({ line: ws[i].line, run });
    i = j - 1 + min;
  }
  return runs;
}

/**
 * The whole check over some paths; returns the lines to print and how many runs were found.
 * @param {string[]} paths
 * @param {{ min?: number, allowFile?: string, sourcesDir?: string }} [options]
 */
export function copycheck(paths, { min = 12, allowFile, sourcesDir = SOURCES_DIR } = {}) {
  const shingles = sourceShingles(min, sourcesDir);
  const allowed = allowFile ? readAllowList(allowFile) : [];
  const files = paths.flatMap((p) => filesUnder(p));
  const lines = [];
  for (const file of files) {
    for (const { line, run } of sharedRuns(readFileSync(file, 'utf8'), extname(file), shingles, { min, allowed }))
      lines.push(`${file}:${line}: ${run}`);
  }
  const found = lines.length;
  lines.push(
    found
      ? `copycheck: ${found} run(s) of ${min}+ words shared with the sources, in ${files.length} files read. Rewrite each in your own words (facts may stay; wording may not).`
      : `copycheck: no run of ${min}+ words shared with the sources, in ${files.length} files read`,
  );
  return { lines, found };
}

function main(args) {
  let min = 12;
  let allowFile;
  const paths = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--min') min = Number(args[++i]);
    else if (args[i] === '--allow') allowFile = args[++i];
    else if (args[i] === '-h' || args[i] === '--help') {
      console.log(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .slice(0, 14)
          .map((l) => l.replace(/^\/\/ ?/, ''))
          .join('\n'),
      );
      return 0;
    } else paths.push(args[i]);
  }
  if (!Number.isInteger(min) || min < 5) {
    console.error('copycheck: --min takes a whole number of 5 or more');
    return 2;
  }
  if (paths.length === 0) paths.push(...['content', 'src'].filter((p) => existsSync(p)));
  if (!allowFile && existsSync('.copycheck-allow')) allowFile = '.copycheck-allow';
  try {
    const { lines, found } = copycheck(paths, { min, allowFile });
    console.log(lines.join('\n'));
    return found ? 1 : 0;
  } catch (error) {
    console.error(`copycheck: ${error.message}`);
    return 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
