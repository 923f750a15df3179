import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { rehypeGlossaryLinks } from '../plugins/glossary/rehype-glossary';
import { readGlossaryTerms } from '../plugins/glossary/terms';
import { rehypeBaseLinks } from '../plugins/links/rehype-base-links';
import { rehypeEditionLinks } from '../plugins/links/rehype-edition-links';
import { leftOutRecommendation } from '../lib/editions';
import { rehypeWrapTables } from '../plugins/tables/rehype-wrap-tables';

/**
 * The Markdown processor: unified, so our rehype plugins run (Astro 7's default engine would skip them silently).
 * `root` is the project folder URL; `contentDir` the content folder relative to it.
 */
export function markdownProcessor({ root, contentDir, base }: { root: URL; contentDir: string; base: string }) {
  const content = fileURLToPath(new URL(`${contentDir.replace(/^\.\//, '').replace(/\/?$/, '/')}`, root));
  const terms = readGlossaryTerms(`${content}glossary`);
  return unified({
    rehypePlugins: [
      [rehypeGlossaryLinks, { terms, include: [content], base }],
      [rehypeEditionLinks, { leftOut: (href: string) => leftOutRecommendation(href) }],
      [rehypeBaseLinks, { base }],
      rehypeWrapTables,
    ],
  });
}
