import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/** A glossary term as the linker needs it. */
export interface LinkTerm {
  slug: string;
  title: string;
  /** Short form shown with <abbr title>. */
  abbreviation?: string;
  /** Every name that links to the term: title, abbreviation, aliases. */
  names: string[];
}

/** Reads the glossary's frontmatter straight from disk: the linker runs before content collections exist. */
export function readGlossaryTerms(dir: string): LinkTerm[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => /\.mdx?$/.test(f));
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${dir}/${file}`, 'utf8'));
    let data: Record<string, unknown>;
    try {
      data = ((match ? load(match[1]) : {}) ?? {}) as Record<string, unknown>;
    } catch {
      // Unreadable frontmatter: the content loader reports it with the file and line; the linker just skips the term.
      return [];
    }
    if (data.autolink === false || typeof data.title !== 'string') return [];
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    const abbreviation = typeof data.abbreviation === 'string' ? data.abbreviation : undefined;
    return [
      {
        slug: file.replace(/\.mdx?$/, '').toLowerCase(),
        title: data.title,
        abbreviation,
        names: [data.title, ...(abbreviation ? [abbreviation] : []), ...aliases],
      },
    ];
  });
}
