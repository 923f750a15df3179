import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from './fixtures';
import { DIST, DIST_KB, fileForPath, htmlFiles, readHtml } from './site';
import { linkProblems } from './links';

/** Checks over the built files themselves: links, HTML validity, page weight, inline code. */
test('every internal link and #fragment resolves, at the root', () => {
  const { problems, external } = linkProblems(DIST, '/');
  console.log(`External links (not fetched): ${external.size}${external.size ? `\n  ${[...external].sort().join('\n  ')}` : ''}`);
  expect(problems).toEqual([]);
});

test('every internal link and #fragment resolves when built with BASE_PATH=/kb/', () => {
  expect(existsSync(join(DIST_KB, 'index.html'))).toBe(true);
  expect(linkProblems(DIST_KB, '/kb/').problems).toEqual([]);
});

test('every page is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes void elements as <br> and boolean attributes bare; both are valid HTML.
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      // Pagefind filters live on empty elements inside a hidden block.
      'empty-heading': 'error',
      'no-inline-style': 'off',
      'long-title': 'off',
      // HTML allows ids that start with a digit; headings such as "2012: where Walsall started" make them.
      'valid-id': ['error', { relaxed: true }],
      'no-redundant-role': 'off',
    },
  });
  const failures: string[] = [];
  for (const [path, file] of htmlFiles(DIST)) {
    const report = await validator.validateString(readHtml(file), file);
    if (!report.valid) for (const r of report.results) for (const m of r.messages) failures.push(`${path}:${m.line}: ${m.ruleId} ${m.message}`);
  }
  expect(failures.slice(0, 40)).toEqual([]);
});

test('page weight: HTML plus CSS under 14 kB gzip on every page; under 5 kB of JavaScript before interaction', () => {
  const over: string[] = [];
  for (const [path, file] of htmlFiles(DIST)) {
    const html = readHtml(file);
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(fileForPath(DIST, m[1])!));
    const bytes = gzipSync(Buffer.concat([Buffer.from(html), ...css])).length;
    if (bytes > 14 * 1024) over.push(`${path}: HTML+CSS ${bytes} bytes gzip`);
    if (path === '/search/') continue;
    const js = scriptClosure(html).reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
    if (js > 5 * 1024) over.push(`${path}: JavaScript ${js} bytes gzip`);
  }
  expect(over).toEqual([]);
});

/** The script files a page loads at start: its module scripts and their static imports (not dynamic imports). */
function scriptClosure(html: string): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => fileForPath(DIST, m[1])!).filter(Boolean);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+)["']/g)) queue.push(join(file, '..', m[1]));
  }
  return [...seen];
}

test('no inline scripts or event handlers, a CSP meta tag without unsafe-inline scripts, and a _headers file', () => {
  const problems: string[] = [];
  for (const [path, file] of htmlFiles(DIST)) {
    const html = readHtml(file);
    if (/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/.test(html)) problems.push(`${path}: inline script`);
    if (/\son[a-z]+="/i.test(html)) problems.push(`${path}: inline event handler`);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    if (!csp) problems.push(`${path}: no CSP meta tag`);
    else if (/script-src[^;]*'unsafe-inline'/.test(csp)) problems.push(`${path}: CSP allows inline scripts`);
  }
  expect(problems).toEqual([]);
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toContain('Content-Security-Policy:');
  expect(headers).not.toMatch(/script-src[^;\n]*'unsafe-inline'/);
});
