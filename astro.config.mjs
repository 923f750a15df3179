// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { linkCheck } from './src/integrations/link-check';
import { markdownProcessor } from './src/integrations/markdown-plugins';
import { pagefindIndex } from './src/integrations/pagefind';
import { contentRoot } from './src/lib/content-root';
import { selectedEdition } from './src/lib/editions';

/** EDITION=<council> builds that council's edition (see src/lib/editions.ts), checked here first; it keeps its own content cache. */
const edition = selectedEdition();

/** BASE_PATH=/kb/ serves the whole site under /kb/. */
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://permanence-kb.example',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  ...(edition ? { cacheDir: `./node_modules/.astro/edition-${edition}` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: { processor: markdownProcessor({ root: new URL('./', import.meta.url), contentDir: contentRoot(), base }) },
  // External script files only: the Content-Security-Policy forbids inline scripts.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules carry Astro's own directive; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  // The link check runs first: a broken link fails the build before the search index is written.
  integrations: [mdx(), sitemap(), linkCheck(), pagefindIndex()],
});
