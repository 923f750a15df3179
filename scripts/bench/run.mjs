// `npm run bench`: prints build time, pages per second, bytes per page, Pagefind index size, and the bytes and
// time of a first search in headless Chromium, for the real site and for synthetic sites of 1,000 and 10,000 pages.
// It asserts nothing. BENCH_SIZES=1000 limits the synthetic sizes (default "1000,10000"; "" for the real site only).
// Then the council editions benchmark (scripts/bench/editions.mjs): BENCH_EDITIONS=0 skips it.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { chromium } from '@playwright/test';
import { findChromium } from '../find-chromium.mjs';
import { runEditionsBench } from './editions.mjs';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').filter(Boolean).map(Number);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

function build(label, env) {
  const started = process.hrtime.bigint();
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${label}: build failed\n${result.stderr.slice(-2000)}`);
  return seconds;
}

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Bytes as sent (body and headers, gzip where served so) of the given finished requests. */
async function bytesOf(list) {
  return (await Promise.all(list.map((r) => r.sizes()))).reduce((n, s) => n + s.responseBodySize + s.responseHeadersSize, 0);
}

/**
 * In a fresh browser context: open the search dialog with "/", then type `query`. Returns the bytes and files of
 * opening (the dialog's script and Pagefind's script) and of the first query (everything fetched from typing until the
 * first result shows: the query layer, its word lists, Pagefind's engine, index metadata, index chunks and the result
 * fragments), the time to the first result, and how many results the layer found.
 */
async function dialogFirstQuery(browser, origin, query) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForLoadState('networkidle');
    let requests = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.locator('search-launcher[data-ready]').waitFor({ state: 'attached' });
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog[open] input').waitFor();
    await page.waitForLoadState('networkidle');
    const open = { bytes: await bytesOf(requests), count: requests.length };
    requests = [];
    const started = Date.now();
    await page.locator('dialog.search-dialog[open] input').fill(query);
    await page.locator('dialog.search-dialog[open] [data-search-results][data-search-state="done"] a[href]').first().waitFor();
    const ms = Date.now() - started;
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('requestfinished');
    const files = requests.map((r) => new URL(r.url()).pathname.split('/').pop());
    const first = {
      bytes: await bytesOf(requests),
      count: requests.length,
      layer: files.some((f) => f.startsWith('site-search')),
      vocabulary: files.includes('vocabulary.txt'),
    };
    const status = await page.locator('dialog.search-dialog .search-status').textContent();
    return { open, first, ms, matches: Number(status.match(/^\d+/)?.[0] ?? 0) };
  } finally {
    await context.close();
  }
}

/** In a fresh context: everything /search/?q=<query> fetches until its results are shown, and the time it takes. */
async function searchPageFirstQuery(browser, origin, query) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requests = [];
    page.on('requestfinished', (request) => requests.push(request));
    const started = Date.now();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results][data-search-state="done"]').waitFor();
    const ms = Date.now() - started;
    const bytes = await bytesOf([...requests]);
    return { bytes, count: requests.length, ms };
  } finally {
    await context.close();
  }
}

async function firstQueries(dir, port, query, misspelt) {
  const server = spawn('node', ['scripts/serve-static.mjs', dir, String(port), '/'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({ executablePath: findChromium(), args: BROWSER_ARGS });
  const origin = `http://127.0.0.1:${port}`;
  try {
    return {
      dialog: await dialogFirstQuery(browser, origin, query),
      misspelt: await dialogFirstQuery(browser, origin, misspelt),
      page: await searchPageFirstQuery(browser, origin, query),
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

async function measure(label, dir, seconds, [query, misspelt], port) {
  const files = walk(dir);
  const html = files.filter((f) => f.endsWith('.html'));
  const sizesRaw = html.map((f) => statSync(f).size);
  const sizesGz = html.map((f) => gzipSync(readFileSync(f)).length);
  const index = walk(join(dir, 'pagefind')).reduce((n, f) => n + statSync(f).size, 0);
  const q = await firstQueries(dir, port, query, misspelt);
  const { dialog, page } = q;
  return {
    site: label,
    pages: html.length,
    'build (s)': seconds.toFixed(1),
    'pages/s': (html.length / seconds).toFixed(0),
    'page median': `${kb(median(sizesRaw))} (${kb(median(sizesGz))} gz)`,
    'page max': `${kb(Math.max(...sizesRaw))} (${kb(Math.max(...sizesGz))} gz)`,
    'pagefind index': kb(index),
    'open search': `${kb(dialog.open.bytes)} (${dialog.open.count} files)`,
    'first query': `"${query}" (${dialog.matches} results): ${kb(dialog.first.bytes)} (${dialog.first.count} files${dialog.first.layer ? ', layer' : ''}${dialog.first.vocabulary ? ', vocabulary' : ''}), ${dialog.ms} ms`,
    'first query, misspelt': `"${misspelt}" (${q.misspelt.matches} results): ${kb(q.misspelt.first.bytes)} (${q.misspelt.first.count} files${q.misspelt.first.vocabulary ? ', vocabulary' : ''}), ${q.misspelt.ms} ms`,
    'search page': `${kb(page.bytes)} (${page.count} files), ${page.ms} ms`,
  };
}

const rows = [];
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log('Building the real site…');
rows.push(
  await measure(
    'real site',
    '.bench/dist-real',
    build('real', { OUT_DIR: './.bench/dist-real' }),
    ['special guardianship', 'special gaurdianship'],
    4510,
  ),
);
for (const n of sizes) {
  console.log(`Generating and building ${n} synthetic pages…`);
  spawnSync('node', ['scripts/bench/generate.mjs', String(n), `.bench/content-${n}`], { stdio: 'inherit' });
  const seconds = build(`${n}`, { CONTENT_DIR: `.bench/content-${n}`, OUT_DIR: `./.bench/dist-${n}` });
  rows.push(await measure(`synthetic ${n}`, `.bench/dist-${n}`, seconds, ['placement', 'placment'], 4511));
}
console.table(rows);
console.log('Bytes are as transferred (gzip where a host would serve it), each in a fresh browser. "open search": pressing "/"');
console.log('until the dialog is ready (its script and Pagefind\'s). "first query": typing the query until the first result shows:');
console.log("the query layer and its everyday words, Pagefind's engine, index metadata, index chunks and result fragments (and the");
console.log('vocabulary when a word is not on the site, as in the misspelt query). "search page": loading /search/?q= until its');
console.log('results are shown (the page, its script, the layer, Pagefind and the fragments).');
// Council editions: time per edition and in total, and one edition's build as other editions are added.
if (Number(process.env.BENCH_EDITIONS ?? 20) > 0) runEditionsBench();
