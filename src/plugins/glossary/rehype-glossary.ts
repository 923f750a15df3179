import type { Element, ElementContent, Root, Text } from 'hast';
import { createMatcher } from './matcher';
import type { LinkTerm } from './terms';

export interface GlossaryLinkOptions {
  terms: LinkTerm[];
  /** Only files under these folders are linked (each ends with a slash). */
  include: string[];
  /** Base path of the site, ending with a slash. */
  base: string;
}

/** Elements whose text is never linked. */
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dfn', 'script', 'style', 'svg']);

/** Only files in the content folders are linked, matched by full folder prefix so `content-old/` is not `content/`. */
export function shouldTransformPath(path: string | undefined, include: string[]): boolean {
  return !!path && include.some((folder) => path.startsWith(folder));
}

/** Links the first use of each glossary term in a page's body to its glossary entry. */
export function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  const matcher = createMatcher(options.terms);
  return (tree: Root, file: { path?: string }) => {
    if (!shouldTransformPath(file.path, options.include)) return;
    const seen = new Set<string>();
    const self = /\/glossary\/([^/]+)\.mdx?$/.exec(file.path ?? '')?.[1];
    if (self) seen.add(self);
    walk(tree);

    function walk(node: Root | Element) {
      const out: ElementContent[] = [];
      let changed = false;
      for (const child of node.children as ElementContent[]) {
        if (child.type === 'element') {
          if (!SKIP.has(child.tagName)) walk(child);
          out.push(child);
        } else if (child.type === 'text') {
          const parts = linkText(child);
          if (parts) {
            out.push(...parts);
            changed = true;
          } else out.push(child);
        } else out.push(child);
      }
      if (changed) node.children = out;
    }

    function linkText(text: Text): ElementContent[] | undefined {
      const matches = matcher.find(text.value, seen);
      if (matches.length === 0) return undefined;
      const parts: ElementContent[] = [];
      let at = 0;
      for (const m of matches) {
        if (m.start > at) parts.push({ type: 'text', value: text.value.slice(at, m.start) });
        const word: ElementContent = { type: 'text', value: text.value.slice(m.start, m.end) };
        const inner: ElementContent = m.isAbbreviation
          ? { type: 'element', tagName: 'abbr', properties: { title: m.term.title }, children: [word] }
          : word;
        parts.push({
          type: 'element',
          tagName: 'a',
          properties: { href: `${options.base}glossary/${m.term.slug}/`, className: ['term'] },
          children: [inner],
        });
        at = m.end;
      }
      if (at < text.value.length) parts.push({ type: 'text', value: text.value.slice(at) });
      return parts;
    }
  };
}
