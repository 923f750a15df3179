/**
 * What the built pages say about their place in the site, checked against the content files themselves (read here
 * independently of the site's code): what search indexes, the order Previous and Next step through, and how the
 * parts of a long question pack are numbered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { DIST, fileForPath, htmlFiles, readHtml } from './site';
import { readAsWritten } from '../../src/lib/frontmatter';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

/** Frontmatter of every file in a content folder, by id (the file name). */
function entries(folder: string): Array<{ id: string; data: Record<string, unknown> }> {
  return readdirSync(join(CONTENT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => ({
      id: f.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
      data: readAsWritten(readFileSync(join(CONTENT, folder, f), 'utf8')),
    }));
}

const html = (path: string) => readHtml(fileForPath(DIST, path)!);
const pagerLink = (page: string, rel: 'prev' | 'next') =>
  new RegExp(`<nav class="pager"[^>]*>[\\s\\S]*?<a href="([^"]+)" rel="${rel}"`).exec(page)?.[1];

test('search indexes the main content of content pages only: never the header, footer, sidebar, contents list, pager or source list', () => {
  const problems: string[] = [];
  for (const [path, file] of htmlFiles(DIST)) {
    const page = readHtml(file);
    const bodies = page.match(/data-pagefind-body/g)?.length ?? 0;
    if (bodies > 1) problems.push(`${path}: ${bodies} indexed regions`);
    if (bodies === 0) continue;
    if (!/<main id="main" tabindex="-1" data-pagefind-body/.test(page)) problems.push(`${path}: the indexed region is not <main>`);
    for (const [name, opening] of [
      ['related pages sidebar', '<aside class="sidebar sidebar--related"'],
      ['contents list', '<nav class="contents-list"'],
      ['pager', '<nav class="pager"'],
      ['source list', '<section class="citations"'],
      ['recommendation links', '<section class="recommendation-links"'],
    ] as const) {
      const at = page.indexOf(opening);
      if (at >= 0 && !page.slice(at, page.indexOf('>', at)).includes('data-pagefind-ignore="all"'))
        problems.push(`${path}: the ${name} is indexed`);
    }
    const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
    if (main.includes('class="site-header"') || main.includes('class="site-footer"'))
      problems.push(`${path}: header or footer inside the indexed region`);
  }
  // The search page is not indexed. Tools and long lists are found by their name and introduction only: the lists
  // in them (recommendation titles, change details, ready-made packs) would otherwise compete with the pages listed.
  if (html('/search/').includes('data-pagefind-body')) problems.push('/search/: indexed, but it is the search page');
  for (const [path, list] of [
    ['/changes/', '<ul data-change-pages'],
    ['/changes/', '<ul data-change-sources'],
    ['/recommendations/matrix/', '<section aria-labelledby="m-'],
    ['/questions/pack/', '<section aria-labelledby="ready-made"'],
  ]) {
    const page = html(path);
    if (!page.includes('data-pagefind-body')) problems.push(`${path}: not indexed, so search cannot find it by name`);
    const at = page.indexOf(list);
    if (at < 0 || !page.slice(at, page.indexOf('>', at)).includes('data-pagefind-ignore="all"'))
      problems.push(`${path}: ${list}… is indexed`);
  }
  // The private fostering checker's answers are found by the situation they answer; its questions are not pages to land on.
  if (!html('/guides/private-fostering/checker/result-over-16/').includes('data-pagefind-body'))
    problems.push('/guides/private-fostering/checker/result-over-16/: a checker answer, not indexed');
  if (html('/guides/private-fostering/checker/age/').includes('data-pagefind-body'))
    problems.push('/guides/private-fostering/checker/age/: a checker question, indexed');
  expect(problems).toEqual([]);
  // And the content pages are indexed: one of each kind.
  for (const path of [
    '/permanence/adoption/',
    '/glossary/care-order/',
    '/guides/private-fostering/',
    '/questions/lga-01-childs-voice/',
    '/recommendations/ofsted-walsall-2017-7/',
  ]) {
    expect(html(path), path).toContain('data-pagefind-body');
  }
});

test('Previous and Next step through each section in its own order', () => {
  const byOrder = (folder: string) =>
    entries(folder)
      .sort((a, b) => Number(a.data.order) - Number(b.data.order))
      .map((e) => `/${folder}/${e.id}/`);
  const sections: Record<string, string[]> = {
    permanence: byOrder('permanence'),
    training: byOrder('training'),
    guides: byOrder('guides'),
    questions: byOrder('questions'),
  };
  const recommendations = entries('editions')
    .filter((e) => typeof e.data.inspection === 'string')
    .sort((a, b) => String(a.data.inspection).localeCompare(String(b.data.inspection)) || Number(a.data.order) - Number(b.data.order));
  for (const inspection of new Set(recommendations.map((r) => String(r.data.inspection)))) {
    sections[inspection] = recommendations.filter((r) => r.data.inspection === inspection).map((r) => `/recommendations/${r.id}/`);
  }
  const wrong: string[] = [];
  for (const [section, paths] of Object.entries(sections)) {
    if (!section.includes('-20')) expect(paths.length, section).toBeGreaterThan(1);
    paths.forEach((path, i) => {
      const page = html(path);
      const [previous, next] = [pagerLink(page, 'prev'), pagerLink(page, 'next')];
      if (previous !== paths[i - 1]) wrong.push(`${path}: Previous is ${previous}, expected ${paths[i - 1]}`);
      if (next !== paths[i + 1]) wrong.push(`${path}: Next is ${next}, expected ${paths[i + 1]}`);
    });
  }
  expect(wrong).toEqual([]);
});

test('a long question pack is split into parts that number on from each other and cover every question once', () => {
  const packs = htmlFiles(DIST)
    .map(([path]) => path)
    .filter((path) => /^\/questions\/pack\/(recommendation|topic)\/[^/]+\/$/.test(path));
  expect(packs.length).toBeGreaterThan(20);
  let multipart = 0;
  for (const first of packs) {
    const page = html(first);
    const parts = [...page.matchAll(/<a class="tag" href="([^"]+)"[^>]*>Part \d+<\/a>/g)].map((m) => m[1]);
    const total = Number(
      /This pack has (\d+) questions/.exec(page)?.[1] ??
        /<ol class="pack-contents" start="1">([\s\S]*?)<\/ol>/.exec(page)?.[1].match(/<li>/g)?.length,
    );
    const seen: string[] = [];
    let next = 1;
    for (const path of parts.length ? parts : [first]) {
      const part = html(path);
      const start = Number(/<ol class="pack-contents" start="(\d+)"/.exec(part)?.[1]);
      expect(start, `${path} starts at ${start}, expected ${next}`).toBe(next);
      const ids = [...part.matchAll(/<input type="checkbox" value="([^"]+)" id="pick-/g)].map((m) => m[1]);
      seen.push(...ids);
      next += ids.length;
    }
    if (parts.length > 1) multipart += 1;
    expect(seen.length, first).toBe(total);
    expect(new Set(seen).size, `${first}: a question in two parts`).toBe(seen.length);
  }
  expect(multipart, 'packs in several parts').toBeGreaterThan(0);
});
