/**
 * A council edition made from content files alone: the fixture council in tests/fixtures/editions/fixtureford/ is
 * added to a copy of the real content, built with EDITION=fixtureford under BASE_PATH=/ed/, served, and checked:
 * its links, axe, the traceability spine both ways, its own recommendations and no other council's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, expect, test } from './fixtures';
import { linkProblems } from './links';
import { ROOT_PORT } from './servers';
import { DIST, htmlFiles, readHtml } from './site';
import { astroBuild } from '../unit/harness/astro-build';

const EDITION = 'fixtureford';
const BASE = '/ed/';
const PORT = ROOT_PORT + 2;
const URL_ROOT = `http://127.0.0.1:${PORT}${BASE}`;
const OWN = ['fixtureford-scrutiny-2026-1', 'fixtureford-scrutiny-2026-2', 'ofsted-fixtureford-2026-1'];

let out = '';
let log = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'kb-edition-'));
  cpSync('content', join(work, 'content'), { recursive: true });
  cpSync(`tests/fixtures/editions/${EDITION}`, join(work, 'content', 'editions', EDITION), { recursive: true });
  out = join(work, 'dist');
  const result = astroBuild({ CONTENT_DIR: join(work, 'content'), EDITION, BASE_PATH: BASE }, out);
  log = result.output;
  expect(result.status, log.slice(-3000)).toBe(0);
  server = spawn('node', ['scripts/serve-static.mjs', out, String(PORT), BASE], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(URL_ROOT).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the edition's server did not start on port ${PORT}`);
});

test.afterAll(() => {
  server?.kill();
});

const page = (path: string) => readHtml(join(out, path, 'index.html'));
const recommendationLinks = (html: string) =>
  [...html.matchAll(/href="\/ed\/recommendations\/([^/"#]+)\/?[^"]*"/g)].map((m) => m[1]).filter((id) => id !== 'matrix');

test('the build log says what the edition holds and counts what it left out', () => {
  expect(log).toContain(`[edition] ${EDITION} (Fixtureford Council): 2 inspection(s), 3 recommendation(s)`);
  const leftOut =
    /Left out, as they belong to other councils' editions: (\d+) reference\(s\) in frontmatter and (\d+) link\(s\) in page text/.exec(log);
  expect(leftOut, log.slice(-2000)).not.toBeNull();
  expect(Number(leftOut![1])).toBeGreaterThan(0);
  expect(log).toMatch(/walsall: \d+/);
});

test('it lists its own recommendations and no other council’s, on every page and in every export', () => {
  expect(recommendationLinks(page('recommendations')).sort()).toEqual([...OWN].sort());
  const others = new Set<string>();
  for (const [path, file] of htmlFiles(out))
    for (const id of recommendationLinks(readHtml(file))) if (!OWN.includes(id)) others.add(`${path} → ${id}`);
  expect([...others]).toEqual([]);
  const trace = JSON.parse(readFileSync(join(out, 'traceability.json'), 'utf8')) as {
    recommendations: Array<{ id: string; url: string }>;
    pages: Array<{ url: string; recommendations: string[] }>;
  };
  expect(trace.recommendations.map((r) => r.id).sort()).toEqual([...OWN].sort());
  expect(trace.pages.flatMap((p) => p.recommendations).filter((id) => !OWN.includes(id))).toEqual([]);
  const csv = readFileSync(join(out, 'questions.csv'), 'utf8');
  expect(csv).not.toMatch(/ofsted-walsall|walsall-scrutiny|ofsted-telford/);
  expect(csv).toContain('fixtureford-scrutiny-2026-1');
  expect(existsSync(join(out, 'recommendations/ofsted-walsall-2017-8'))).toBe(false);
  expect(existsSync(join(out, 'questions/pack/recommendation/fixtureford-scrutiny-2026-1/index.html'))).toBe(true);
  expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain('<title>Permanence knowledge base (Fixtureford Council edition)');
  expect(page('')).toContain('This is the Fixtureford Council edition');
  // The national pages are all there.
  expect(existsSync(join(out, 'glossary/adoption/index.html'))).toBe(true);
  expect(trace.pages.length).toBeGreaterThan(300);
});

test('every internal link and #fragment in the edition resolves under its base path', () => {
  expect(linkProblems(out, BASE).problems).toEqual([]);
});

test('the traceability spine holds both ways, including the support its recommendations declare', () => {
  const trace = JSON.parse(readFileSync(join(out, 'traceability.json'), 'utf8')) as {
    recommendations: Array<{ id: string; url: string }>;
    pages: Array<{ url: string; recommendations: string[] }>;
  };
  const supported = trace.pages.filter((p) => p.recommendations.length > 0);
  expect(supported.map((p) => p.url).sort()).toEqual([
    `${BASE}glossary/private-fostering/`,
    `${BASE}guides/private-fostering/`,
    `${BASE}permanence/kinship-care/`,
    `${BASE}questions/walsall-03-private-fostering/`,
  ]);
  for (const p of supported) {
    const html = readHtml(join(out, p.url.slice(BASE.length), 'index.html'));
    for (const id of p.recommendations) {
      expect(html, `${p.url} links to ${id}`).toContain(`data-recommendation="${id}"`);
      const rec = readHtml(join(out, 'recommendations', id, 'index.html'));
      const supporters = /<section aria-labelledby="supporting-pages"[\s\S]*?<\/section>/.exec(rec)![0];
      expect(supporters, `${id} lists ${p.url}`).toContain(`href="${p.url}"`);
    }
  }
  const matrix = page('recommendations/matrix');
  expect(/<ul id="gap-list">[\s\S]*?<\/ul>/.exec(matrix)![0]).toContain('ofsted-fixtureford-2026-1');
  expect(matrix).toContain('data-recommendation="fixtureford-scrutiny-2026-1" data-total="3"');
  // A national page none of its recommendations names says so, rather than showing another council's.
  expect(page('glossary/adoption')).toContain('No recommendation made to Fixtureford Council is tied to this page yet');
});

test('where the national text says to tell the council, it shows the council’s own page', async ({ page: browser }) => {
  await browser.goto(`${URL_ROOT}guides/private-fostering/`);
  const contact = browser.locator('[data-council-contact="privateFostering"]');
  await expect(contact.getByRole('heading', { name: 'If you live in Fixtureford' })).toBeVisible();
  await expect(contact.getByRole('link', { name: /Private fostering in Fixtureford/ })).toHaveAttribute(
    'href',
    'https://fixtureford.example/private-fostering/',
  );
  await browser.goto(`${URL_ROOT}guides/private-fostering/checker/result-tell-now/`);
  await expect(browser.locator('[data-council-contact="privateFostering"] a')).toHaveAttribute(
    'href',
    'https://fixtureford.example/private-fostering/',
  );
  await browser.goto(`${URL_ROOT}permanence/kinship-care/`);
  await expect(browser.locator('[data-council-contact="kinshipLocalOffer"] a')).toHaveAttribute(
    'href',
    'https://fixtureford.example/kinship-local-offer/',
  );
  await expect(browser.locator('[data-edition="fixtureford"]')).toHaveText('Fixtureford Council edition');
});

test('the full site shows no single council’s contact details', () => {
  test.skip(!existsSync(join(DIST, 'guides/private-fostering/index.html')), 'needs the full site in dist/');
  expect(readHtml(join(DIST, 'guides/private-fostering/index.html'))).not.toContain('data-council-contact');
  expect(readHtml(join(DIST, 'index.html'))).not.toContain('data-edition=');
});

const AXE_PAGES = [
  '',
  'recommendations/',
  'recommendations/fixtureford-scrutiny-2026-1/',
  'recommendations/matrix/',
  'guides/private-fostering/',
  'guides/private-fostering/checker/result-tell-now/',
  'permanence/kinship-care/',
  'glossary/adoption/',
  'questions/pack/recommendation/fixtureford-scrutiny-2026-1/',
  'sources/fixtureford-scrutiny-2026-report/',
];

for (const path of AXE_PAGES) {
  test(`the edition’s page /ed/${path} passes axe (WCAG 2.2 A and AA)`, async ({ page: browser }) => {
    await browser.goto(`${URL_ROOT}${path}`);
    expect(await axeViolations(browser)).toEqual([]);
  });
}
