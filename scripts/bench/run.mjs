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
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

function build(label, env) {
  const started = process.hrtime.bigint();
  const result = spawnSync('npx', ['astro', 'build'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${label}: build failed\n${result.stderr.slice(-2000)}`);
  return seconds;
}

async function firstQuery(dir, port, query) {
  const server = spawn('node', ['scripts/serve-static.mjs', dir, String(port), '/'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForLoadState('networkidle');
    // Every request from here on, the search worker's included, counted as sent over the wire (gzip where served so).
    let requests = [];
    page.on('requestfinished', (request) => requests.push(request));
    const bytesOf = async (list) => (await Promise.all(list.map((r) => r.sizes()))).reduce((n, s) => n + s.responseBodySize + s.responseHeadersSize, 0);
    // 1. Opening search: the dialog, and whatever Pagefind loads before anything is typed.
    await page.locator('search-launcher[data-ready]').waitFor({ state: 'attached' });
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open] input').waitFor();
    await page.waitForLoadState('networkidle');
    const open = { bytes: await bytesOf(requests), count: requests.length };
    // 2. The first query: from typing to the first result on screen.
    requests = [];
    const started = Date.now();
    await page.locator('pagefind-modal dialog[open] input').fill(query);
    await page.locator('pagefind-modal dialog[open] a[href]').first().waitFor();
    const ms = Date.now() - started;
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('requestfinished');
    const first = { bytes: await bytesOf(requests), count: requests.length };
    const matches = await page.evaluate(async (q) => (await (await import('/pagefind/pagefind.js')).search(q)).results.length, query);
    return { open, first, ms, matches };
  } finally {
    await browser.close();
    server.kill();
  }
}

async function measure(label, dir, seconds, query, port) {
  const files = walk(dir);
  const html = files.filter((f) => f.endsWith('.html'));
  const sizesRaw = html.map((f) => statSync(f).size);
  const sizesGz = html.map((f) => gzipSync(readFileSync(f)).length);
  const index = walk(join(dir, 'pagefind')).reduce((n, f) => n + statSync(f).size, 0);
  const q = await firstQuery(dir, port, query);
  return {
    site: label,
    pages: html.length,
    'build (s)': seconds.toFixed(1),
    'pages/s': (html.length / seconds).toFixed(0),
    'page median': `${kb(median(sizesRaw))} (${kb(median(sizesGz))} gz)`,
    'page max': `${kb(Math.max(...sizesRaw))} (${kb(Math.max(...sizesGz))} gz)`,
    'pagefind index': kb(index),
    'open search': `${kb(q.open.bytes)} (${q.open.count} files)`,
    'first query': `"${query}" (${q.matches} pages): ${kb(q.first.bytes)} (${q.first.count} files), ${q.ms} ms`,
    'total': kb(q.open.bytes + q.first.bytes),
  };
}

const rows = [];
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log('Building the real site…');
rows.push(await measure('real site', '.bench/dist-real', build('real', { OUT_DIR: './.bench/dist-real' }), 'special guardianship', 4510));
for (const n of sizes) {
  console.log(`Generating and building ${n} synthetic pages…`);
  spawnSync('node', ['scripts/bench/generate.mjs', String(n), `.bench/content-${n}`], { stdio: 'inherit' });
  const seconds = build(`${n}`, { CONTENT_DIR: `.bench/content-${n}`, OUT_DIR: `./.bench/dist-${n}` });
  rows.push(await measure(`synthetic ${n}`, `.bench/dist-${n}`, seconds, 'placement', 4511));
}
console.table(rows);
console.log('Bytes are as transferred (gzip where a host would serve it). "open search": pressing "/" until the dialog is ready');
console.log('(the Component UI, and whatever Pagefind loads before a key is typed). "first query": typing the query until');
console.log('the first result shows (the engine, index metadata, filters, index chunks and result fragments it fetches).');
// Council editions: time per edition and in total, and one edition's build as other editions are added.
if (Number(process.env.BENCH_EDITIONS ?? 20) > 0) runEditionsBench();
