import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { EDITIONS_FOLDER } from '../lib/editions';
import { contentRoot } from '../lib/content-root';
import { idFromPath } from '../lib/integrity';
import { asWritten, checkLink, linesWithLink, type BuiltSite } from '../lib/links';

/** Every built file, as the path it is served at from the site root: `/glossary/` for glossary/index.html. */
function builtFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else files.set(entry.name === 'index.html' ? prefix : `${prefix}${entry.name}`, join(folder, entry.name));
    }
  };
  walk(dir, '/');
  return files;
}

/** The built site as the link rules see it. Ids are read from the built HTML, so fragments are checked against real ids. */
function builtSite(dir: string, files: Map<string, string>): BuiltSite {
  const idCache = new Map<string, { all: Set<string>; headings: string[] }>();
  return {
    resolve(path) {
      const clean = path.split(/[?#]/)[0];
      let decoded: string;
      try {
        decoded = decodeURIComponent(clean);
      } catch {
        decoded = clean;
      }
      const file = files.get(decoded) ?? files.get(`${decoded.replace(/\/?$/, '/')}`);
      return file ?? (existsSync(join(dir, decoded)) && statSync(join(dir, decoded)).isFile() ? join(dir, decoded) : undefined);
    },
    ids(file) {
      let ids = idCache.get(file);
      if (!ids) {
        const html = readFileSync(file, 'utf8');
        ids = {
          all: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])),
          headings: [...html.matchAll(/<h[2-6][^>]*\sid="([^"]+)"/g)].map((m) => m[1]),
        };
        idCache.set(file, ids);
      }
      return ids;
    },
    paths: () => [...files.keys()].filter((p) => p.endsWith('/')),
  };
}

/** Content files by the page they build (`/glossary/care-order/` → content/glossary/care-order.mdx), their text, and a cache of where each link is written. */
function contentFiles(root: string): { byPage: Map<string, string>; text: Map<string, string>; anywhere: Map<string, string[]> } {
  const dir = resolve(root, contentRoot());
  const byPage = new Map<string, string>();
  const text = new Map<string, string>();
  const anywhere = new Map<string, string[]>();
  if (!existsSync(dir)) return { byPage, text, anywhere };
  for (const collection of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(dir, collection.name), { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f))) {
      const file = join(dir, collection.name, name);
      // An edition's files build pages of the collection named by their folder: editions/walsall/recommendations/x.mdx → /recommendations/x/.
      const section = collection.name === EDITIONS_FOLDER ? name.split(/[\\/]/)[1] : collection.name;
      byPage.set(`/${section.toLowerCase()}/${idFromPath(name)}/`, file);
      text.set(file, readFileSync(file, 'utf8'));
    }
  }
  return { byPage, text, anywhere };
}

interface LinkProblem {
  where: string;
  link: string;
  message: string;
}

/**
 * After the build, every link on every page is checked: internal links and #fragments must reach a built page and a
 * real id on it; `javascript:` and `data:` links are refused; `http://` links are refused unless the host is known to
 * have no https. A problem with a link written in content fails the build, listing every such link with its content
 * file and line, and takes the pages that carry them out of the output. A problem with a link a template makes is logged as a warning: the browser tests fail on those.
 */
export function linkCheck(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'kb:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = builtFiles(outDir);
        const site = builtSite(outDir, files);
        const content = contentFiles(root);
        const problems = new Map<string, LinkProblem>();
        const badPages = new Set<string>();
        const templateProblems = new Map<string, LinkProblem & { pages: string[] }>();
        const external = new Set<string>();
        let checked = 0;
        let pages = 0;
        for (const [page, file] of files) {
          if (!file.endsWith('.html')) continue;
          pages += 1;
          const html = readFileSync(file, 'utf8');
          for (const match of html.matchAll(/<a\s[^>]*?\bhref\s*=\s*"([^"]*)"/g)) {
            checked += 1;
            const verdict = checkLink(match[1], page, base, site);
            if (verdict.kind === 'external') external.add(verdict.url);
            if (verdict.kind !== 'problem') continue;
            const link = asWritten(match[1].replace(/&amp;/g, '&'), base);
            const written = writtenAt(link, page, content, root);
            if (written.length === 0) {
              const key = `${link}\u0000${verdict.message}`;
              const known = templateProblems.get(key);
              if (known) known.pages.push(page);
              else templateProblems.set(key, { where: page, link, message: verdict.message, pages: [page] });
            }
            for (const where of written) problems.set(`${where}\u0000${link}`, { where, link, message: verdict.message });
            if (written.length) badPages.add(file);
          }
        }
        logger.info(`Checked ${checked} links on ${pages} pages; ${external.size} external https links (the static checks list them).`);
        // Links made by templates are the browser tests' to fail (a fixture site has none of the pages they name).
        for (const p of templateProblems.values()) {
          logger.warn(`A template (src/) makes the link "${p.link}" on ${p.pages.length} page(s), e.g. ${p.where}: ${p.message}`);
        }
        if (problems.size === 0) return;
        // The pages that carry them are taken out of the output, so a failed build leaves no such page to serve.
        for (const file of badPages) rmSync(file);
        const list = [...problems.values()]
          .sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true }))
          .map((p) => `  ${p.where}: "${p.link}": ${p.message}`);
        throw new AstroError(
          `Link check failed: ${problems.size} link problem(s) in content`,
          `Fix each link below (file:line, the link as written, what is wrong):\n${list.join('\n')}`,
        );
      },
    },
  };
}

/** Where a link on a built page is written in content (file:line): its page's own file first, else any content file. */
function writtenAt(link: string, page: string, content: ReturnType<typeof contentFiles>, root: string): string[] {
  const at = (file: string) => linesWithLink(content.text.get(file) ?? '', link).map((line) => `${relative(root, file)}:${line}`);
  const own = content.byPage.get(page);
  const inOwn = own ? at(own) : [];
  // A same-page #fragment can only be written in the page's own file.
  if (inOwn.length || link.startsWith('#')) return inOwn;
  // Searched once per link: a template's broken link can be on every page of a large site.
  let anywhere = content.anywhere.get(link);
  if (!anywhere) {
    anywhere = [];
    for (const file of content.text.keys()) {
      anywhere = at(file);
      if (anywhere.length) break;
    }
    content.anywhere.set(link, anywhere);
  }
  return anywhere;
}
