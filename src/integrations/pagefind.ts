import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { writeSearchData } from './search-data';

/** Builds the Pagefind index into `dist/pagefind/` after every build, and the query layer's data into `dist/search/`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const log = logger.fork('pagefind');
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          log.info(`Indexed ${added.page_count} pages.`);
        } catch (cause) {
          throw new Error('Pagefind could not index the site.', { cause });
        } finally {
          await pagefind.close();
        }
        const data = writeSearchData(outDir);
        log.info(`Search data: ${data.words} words from ${data.pages} indexed pages, ${data.everyday} everyday word entries.`);
      },
    },
  };
}
