import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from './harness/astro-build';
import { FIXTURES, fixtureContentDir } from './fixture-content';

/** Builds the real site from a fixture content folder (or a folder prepared by the test). */
function build(rule?: string, contentDir = fixtureContentDir(rule)) {
  return astroBuild({ CONTENT_DIR: contentDir });
}

describe('the build with fixture content', () => {
  it('fails on a reference to a missing entry and on two files with the same id by case, naming the file and the field', () => {
    const dir = fixtureContentDir('missing-reference');
    cpSync(join(FIXTURES, 'duplicate-id'), dir, { recursive: true });
    const { status, output } = build(undefined, dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /broken-term\.mdx → recommendations\[0\]: refers to recommendations entry "no-such-recommendation", which does not exist/,
    );
    expect(output).toMatch(/twin-term\.mdx → id: has the same id "twin-term" as \S*Twin-Term\.mdx in glossary/);
  });

  it('fails on a missing required field, naming the file and the field', () => {
    const { status, output } = build('missing-field');
    expect(status).not.toBe(0);
    expect(output).toContain('summaryless-term');
    expect(output).toMatch(/summary/);
  });

  it('fails on an option whose parental responsibility depends on the route but names only one route, naming the file and the field', () => {
    const { status, output } = build('depends-without-routes');
    expect(status).not.toBe(0);
    expect(output).toContain('test-option');
    expect(output).toContain('prRoutes');
  });

  it('builds valid content and lists overdue pages on the editors page without failing', () => {
    const { status, output, outDir } = build();
    expect(status, output).toBe(0);
    const editors = join(outDir, 'about/editors/index.html');
    expect(existsSync(editors)).toBe(true);
    const html = readFileSync(editors, 'utf8');
    expect(html).toContain('Overdue for review (1)');
    expect(html).toContain('Test term');
    expect(readFileSync(join(outDir, 'permanence/compare/index.html'), 'utf8')).toContain('Fixture Act 2001');
  });

  it('builds the comparison table from the options’ data: change a field and the table changes', () => {
    const dir = fixtureContentDir();
    const file = join(dir, 'permanence/test-option.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('text: Fixture Act 2001', 'text: Changed Fixture Act 2002'));
    const { status, output, outDir } = build(undefined, dir);
    expect(status, output).toBe(0);
    const table = readFileSync(join(outDir, 'permanence/compare/index.html'), 'utf8');
    expect(table).toContain('Changed Fixture Act 2002');
    expect(table).not.toContain('Fixture Act 2001');
  });
});

/**
 * Each row of issue 12's table (and the file problems that already failed) as a fixture file in one broken set, built
 * once: the build reports every problem together, so one build proves each message.
 */
describe('content that must not reach a built page: fields', () => {
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    result = build('bad-fields');
  }, 120_000);

  it('fails the build, and writes no page', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Content schema check failed');
    expect(existsSync(join(result.outDir, 'glossary/impossible-date/index.html'))).toBe(false);
  });

  it.each([
    [
      'an impossible date',
      'glossary/impossible-date.mdx:9 → lastReviewed: 2026-13-45 is not a real date: check the month (01 to 12) and the day',
    ],
    ['an impossible law-checked date', 'glossary/law-checked-impossible.mdx:11 → lawChecked: 2026-02-30 is not a real date'],
    [
      'reviewDue earlier than lastReviewed',
      'glossary/review-before-last.mdx:10 → reviewDue: 2026-01-01 is not after lastReviewed (2026-06-01): set the next review after the last one',
    ],
    ['lastReviewed in the future', 'glossary/reviewed-in-future.mdx:9 → lastReviewed: 2031-01-01 is in the future'],
    ['lawChecked in the future', 'glossary/law-checked-in-future.mdx:11 → lawChecked: 2031-05-05 is in the future'],
    ['a source checked in the future', 'sources/checked-in-future.mdx:11 → checked: 2031-01-01 is in the future'],
    [
      'a self-check answer beyond its options',
      'training/wrong-answer.mdx:29 → selfCheck.1.answer: is 9, but there are 3 options: give the position of the right option counting from 0 (0 to 2)',
    ],
    ['a 400-character title', 'glossary/long-title.mdx:2 → title: is 400 characters: keep a title to 160 or fewer'],
    ['a summary too long for a search result', 'glossary/long-summary.mdx:3 → summary: is 329 characters: keep a summary to 300 or fewer'],
    ['an empty file', 'glossary/empty-file.mdx: the file is empty: give it frontmatter'],
    ['bytes that are not UTF-8', 'glossary/bad-bytes.mdx:16: the file is not UTF-8 text'],
    ['a topic not in the list', 'glossary/unknown-topic.mdx:11 → topics.1: Invalid option: expected one of "permanence-options"'],
  ])('names the file, line and field, and what to do, for %s', (_, message) => {
    expect(result.output).toContain(message);
  });
});

describe('content that must not reach a built page: links', () => {
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    result = build('bad-links');
  }, 120_000);

  it('fails the build, and takes the pages with bad links out of the output', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Link check failed: 7 link problem(s) in content');
    expect(existsSync(join(result.outDir, 'glossary/linking-term/index.html'))).toBe(false);
    expect(existsSync(join(result.outDir, 'glossary/test-term/index.html'))).toBe(true);
  });

  it.each([
    ['a javascript: link', 'glossary/linking-term.mdx:23: "javascript:alert(1)": a "javascript:" link runs code'],
    ['a data: link', 'glossary/linking-term.mdx:25: "data:text/html;base64,PGI+eDwvYj4=": a "data:" link runs code'],
    [
      'a link to a page that does not exist',
      'glossary/linking-term.mdx:27: "/permanence/nowhere/": no page at /permanence/nowhere/: check the address',
    ],
    [
      'a link to a fragment that does not exist',
      'glossary/linking-term.mdx:29: "/glossary/test-term/#nope": /glossary/test-term/ has no "#nope" on it; its sections are #',
    ],
    [
      'a same-page fragment that does not exist',
      'glossary/linking-term.mdx:31: "#nowhere-here": /glossary/linking-term/ has no "#nowhere-here" on it; its sections are #links-that-work, #links-that-must-fail',
    ],
    [
      'an http:// link',
      'glossary/linking-term.mdx:33: "http://www.legislation.gov.uk/ukpga/1989/41": "http://" is not secure: write https://www.legislation.gov.uk/ukpga/1989/41',
    ],
    [
      'a reading link in frontmatter to a page that does not exist',
      'training/reading-module.mdx:19: "/glossary/no-such-term/": no page at /glossary/no-such-term/',
    ],
  ])('names the file, line and link, and what to do, for %s', (_, message) => {
    expect(result.output).toContain(message);
  });

  it('passes the good links on the same page: a page, a section, a built page and an https address', () => {
    expect(result.output).not.toMatch(
      /"\/glossary\/test-term\/":|"#links-that-work":|"\/permanence\/compare\/":|"https:\/\/www\.legislation\.gov\.uk\/ukpga\/1989\/41":/,
    );
  });
});

describe('content that already failed clearly', () => {
  it('fails on an MDX syntax error, naming the file and line', () => {
    const { status, output } = build('mdx-syntax');
    expect(status).not.toBe(0);
    expect(output).toMatch(/glossary\/broken-markup\.mdx:18:\d+/);
    expect(output).toContain('expected a corresponding closing brace');
  }, 120_000);
});
