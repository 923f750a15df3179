import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { splitIndexChunks } from './index-chunks';
import { htmlFiles, separateBlocks } from './index-html';
import { writeSearchData } from './search-data';

/** Builds the Pagefind index into `dist/pagefind/` after every build, and the query layer's data into `dist/search/`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const log = logger.fork('pagefind');
        const outDir = fileURLToPath(dir);
        const files = htmlFiles(outDir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n'));
          for (const file of files) {
            const added = await index.addHTMLFile({ sourcePath: file.sourcePath, content: separateBlocks(file.content) });
            if (added.errors.length) throw new Error(`${file.sourcePath}: ${added.errors.join('\n')}`);
          }
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          for (const split of splitIndexChunks(`${outDir}pagefind`)) {
            log.info(
              `Indexed ${split.pages} pages; ${split.language} word index in ${split.chunksAfter} chunks (Pagefind wrote ${split.chunksBefore}), the largest ${(split.largestAfter / 1024).toFixed(1)} kB (was ${(split.largestBefore / 1024).toFixed(1)} kB).`,
            );
          }
        } catch (cause) {
          throw new Error('Pagefind could not index the site.', { cause });
        } finally {
          await pagefind.close();
        }
        const data = writeSearchData(
          outDir,
          files.map((file) => file.content),
        );
        log.info(
          `Search data: ${data.words} words from ${data.pages} indexed pages, ${data.everyday} everyday word entries and ${data.abbreviations} abbreviations.`,
        );
      },
    },
  };
}
