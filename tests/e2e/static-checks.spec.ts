import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { findJava, NO_JAVA_MESSAGE, VNU_JAR } from '../../scripts/find-java.mjs';
import { expect, test } from './fixtures';
import { DIST, DIST_KB, fileForPath, htmlFiles, readHtml } from './site';
import { linkProblems } from './links';

/** Checks over the built files themselves: links, HTML validity, page weight, inline code. */
test('every internal link and #fragment resolves, at the root', () => {
  const { problems, external } = linkProblems(DIST, '/');
  const list = [...external.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([href, pages]) => `${href}  (${pages.size} page${pages.size === 1 ? '' : 's'}, e.g. ${[...pages][0]})`);
  console.log(`External links (not fetched): ${external.size}${external.size ? `\n  ${list.join('\n  ')}` : ''}`);
  expect(problems).toEqual([]);
  // The build refuses http:// links in content; none may come from templates either.
  expect([...external.keys()].filter((href) => href.startsWith('http:'))).toEqual([]);
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
    if (!report.valid)
      for (const r of report.results) for (const m of r.messages) failures.push(`${path}:${m.line}: ${m.ruleId} ${m.message}`);
  }
  expect(failures.slice(0, 40)).toEqual([]);
});

/**
 * The W3C Nu HTML checker over every built page in one batch (it parses as browsers do, and catches what html-validate
 * lets pass, such as a script after </html>). A known-bad copy of one page goes into the same batch, so the test proves
 * the checker ran and reports errors. Java comes from scripts/find-java.mjs (npm test installs it when run as root).
 */
test('every page passes the W3C Nu HTML checker', () => {
  test.setTimeout(300_000);
  const java = process.env.JAVA_PATH || findJava({ install: false });
  if (!java) throw new Error(NO_JAVA_MESSAGE);
  const canary = mkdtempSync(join(tmpdir(), 'kb-vnu-'));
  writeFileSync(join(canary, 'canary.html'), `${readHtml(join(DIST, 'index.html'))}<script src="/x.js"></script>`);
  const files = [...htmlFiles(DIST).map(([, file]) => file), join(canary, 'canary.html')];
  // The checker's deep schema needs a large stack; the quick (C1) compiler alone halves its CPU time on one run.
  const jvm = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
  const result = spawnSync(java, [...jvm, '-jar', VNU_JAR, '--verbose', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const checked = result.stdout.split('\n').filter((line) => line.endsWith('.html'));
  expect(checked.length, `vnu checked ${checked.length} of ${files.length} files; it said: ${result.stderr.slice(0, 300)}`).toBe(
    files.length,
  );
  const { messages } = JSON.parse(result.stderr) as {
    messages: Array<{ type: string; subType?: string; url: string; lastLine?: number; message: string }>;
  };
  // Read from disk, a page's root-relative script is another origin to the CSP's 'self' (file: has none); served, it is not.
  const fileArtifact = (m: { message: string }) => /^Resource violates Content Security Policy .*“\/(?!\/)/.test(m.message);
  const found = messages.filter(
    (m) => m.type === 'error' || m.type === 'non-document-error' || (m.type === 'info' && m.subType === 'warning' && !fileArtifact(m)),
  );
  const [canaryFound, siteFound] = [found.filter((m) => m.url.includes(canary)), found.filter((m) => !m.url.includes(canary))];
  expect(canaryFound.map((m) => m.message)).toContain('Stray start tag “script”.');
  expect(
    siteFound
      .slice(0, 40)
      .map((m) => `${m.url.replace(`file:${DIST}`, '/')}:${m.lastLine}: ${m.type}${m.subType ? ` (${m.subType})` : ''}: ${m.message}`),
  ).toEqual([]);
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
