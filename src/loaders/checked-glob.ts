/**
 * Astro's glob() loader with three changes, so bad content cannot pass silently:
 *
 * 1. Dates reach the schema as the text written. Astro's YAML reader turns `2026-13-45` into 14 February 2027 before
 *    any schema runs; here every Date in the frontmatter is put back to its written text, and the schema
 *    (`calendarDate`, `pastDate` in `src/schemas/common.ts`) refuses what is not a real day.
 * 2. Every file is checked on every build. Astro keeps parsed entries between builds and skips unchanged files, so a
 *    new schema rule, or a date that has since passed, would go unchecked. The collection's store is emptied first.
 * 3. All problems are reported at once. Astro stops at the first file that fails its schema; here each failure is
 *    collected with its file, line and field, and when every collection has loaded the build fails listing them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { datesAsWritten, fileProblem, lineOfField, readAsWritten } from '../lib/frontmatter';

type GlobOptions = Parameters<typeof glob>[0];

interface SchemaProblem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

/** Shared by every collection in one content sync: the collections still loading, and the problems found so far. */
const round = { loading: 0, problems: [] as SchemaProblem[], failures: [] as unknown[], done: [] as Array<() => void> };

/** The zod issues in Astro's schema error: its message lists one "**path**: message" line per issue. */
function issuesOf(error: unknown): Array<{ path: PropertyKey[]; message: string }> {
  const text = error instanceof Error ? error.message : String(error);
  const lines = [...text.matchAll(/^\s*\*\*([^*]+)\*\*: (.+)$/gm)].filter((m) => !m[1].includes('→'));
  if (lines.length === 0) return [{ path: [], message: text }];
  return lines.map(([, field, message]) => {
    const path = field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    // Astro's error map repeats the field ("title: Required"); say instead what to do.
    const said = message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
    const what = /^Required$|expected \w+, received undefined/i.test(said)
      ? `is missing: add "${String(path.at(-1))}:" (see README, Adding content, for what it holds)`
      : said;
    return { path, message: what };
  });
}

export function formatSchemaProblems(problems: SchemaProblem[]): string {
  return problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` → ${p.field}` : ''}: ${p.message}`).join('\n');
}

function schemaFailure(found: SchemaProblem[]): AstroError {
  // Loaders whose folders overlap (sources and the editions) may report the same unreadable file: list it once.
  const unique = [...new Map(found.map((p) => [`${p.file}|${p.line}|${p.field}|${p.message}`, p])).values()];
  const problems = unique.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const files = new Set(problems.map((p) => p.file)).size;
  return new AstroError(
    `Content schema check failed: ${problems.length} problem(s) in ${files} file(s)`,
    `Fix each file, line and field below:\n${formatSchemaProblems(problems)}`,
  );
}

/** A YAML or file error as a problem line: Astro sets `loc` to the file and line on YAML errors. */
function asProblem(error: unknown): SchemaProblem {
  const loc = (error as { loc?: { file?: string; line?: number } }).loc;
  return {
    file: loc?.file ?? '(unknown file)',
    line: loc?.line,
    field: '',
    message: error instanceof Error ? error.message : String(error),
  };
}

/** Astro's frontmatter with its Dates put back to the text written (unchanged if the YAML cannot be read again). */
function asWritten<T>(data: T, text: string): T {
  try {
    return datesAsWritten(data, readAsWritten(text));
  } catch {
    return data;
  }
}

/** The Markdown files under a folder (every .md and .mdx file, as the collections' glob pattern reads), as absolute paths. */
function markdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** glob(), checked: see the notes at the top of this file. */
export function checkedGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'kb:checked-glob',
    load: async (context: LoaderContext) => {
      if (round.loading === 0) {
        round.problems = [];
        round.failures = [];
      }
      round.loading += 1;
      const root = fileURLToPath(context.config.root);
      const named = (filePath: string) => relative(root, filePath);
      // Files that are empty, not UTF-8 or hold control characters are reported as such, before their fields.
      const unreadable = new Set<string>();
      for (const filePath of markdownFiles(resolve(root, options.base?.toString() ?? '.'))) {
        const problem = fileProblem(readFileSync(filePath));
        if (!problem) continue;
        unreadable.add(filePath);
        round.problems.push({ file: named(filePath), line: problem.line, field: '', message: problem.message });
      }
      const failed = new Set<string>();
      // The dev server re-parses a changed file after load() has finished: then an error is thrown as Astro throws it.
      let collecting = true;
      const parseData: LoaderContext['parseData'] = async (props) => {
        const filePath = props.filePath ?? '';
        const text = filePath ? readFileSync(filePath, 'utf8') : '';
        const data = text ? asWritten(props.data, text) : props.data;
        if (!collecting) return context.parseData({ ...props, data });
        if (unreadable.has(filePath)) {
          failed.add(props.id);
          return props.data;
        }
        try {
          return await context.parseData({ ...props, data });
        } catch (error) {
          failed.add(props.id);
          for (const issue of issuesOf(error)) {
            round.problems.push({
              file: filePath ? named(filePath) : `${context.collection}/${props.id}`,
              line: text ? lineOfField(text, issue.path) : undefined,
              field: issue.path.join('.'),
              message: issue.message,
            });
          }
          return props.data;
        }
      };
      try {
        context.store.clear();
        await inner.load({ ...context, parseData });
      } catch (error) {
        // A YAML or MDX error Astro raised for a file: keep it, unless that file is already reported as unreadable.
        const file = (error as { loc?: { file?: string } }).loc?.file;
        if (!file || !unreadable.has(resolve(root, file))) round.failures.push(error);
      } finally {
        collecting = false;
        for (const id of failed) context.store.delete(id);
        round.loading -= 1;
        if (round.loading === 0) round.done.splice(0).forEach((done) => done());
      }
      if (round.problems.length === 0 && round.failures.length === 0) return;
      // Wait for the other collections, so the one error lists every problem in every collection.
      if (round.loading > 0) await new Promise<void>((done) => round.done.push(done));
      if (round.problems.length > 0) throw schemaFailure([...round.problems, ...round.failures.map(asProblem)]);
      // Only a YAML or file error: Astro's own error names the file and line.
      throw round.failures[0];
    },
  };
}
