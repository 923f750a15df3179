// Shared by the `npm run new:*` commands: reading options, checking them, and writing starter content files.
// Plain Node: a council adds itself with these and content files alone, no code.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';

export const contentRoot = () => (process.env.CONTENT_DIR ?? 'content').replace(/\/$/, '');
export const editionsDir = () => join(contentRoot(), 'editions');
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugify = (text) =>
  String(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Stops with a message: what is wrong, and the usage line. */
export function fail(message, usage) {
  console.error(`\n${message}${usage ? `\n\nUsage: ${usage}` : ''}\n`);
  process.exit(1);
}

/** The options given, with every required one present; otherwise stops, naming each missing option. */
export function readOptions(spec, required, usage) {
  let values;
  try {
    ({ values } = parseArgs({
      options: Object.fromEntries(Object.keys(spec).map((k) => [k, { type: 'string' }])),
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error.message, usage);
  }
  const missing = required.filter((k) => !values[k]?.trim());
  if (missing.length) fail(`Missing: ${missing.map((k) => `--${k} (${spec[k]})`).join(', ')}.`, usage);
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()]));
}

/** A YAML value that is always read back as the same string. */
export const yamlString = (text) => JSON.stringify(text);

/** The frontmatter of a content file, or undefined if there is none. */
export function frontmatter(file) {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  return match ? (load(match[1]) ?? {}) : undefined;
}

/** Writes a new file; never overwrites one. */
export function writeNew(file, text) {
  if (existsSync(file)) fail(`${file} already exists: choose another id, or edit that file.`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`Wrote ${file}`);
}

/** Every Markdown file's id (its name) under a folder. */
export function idsIn(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) =>
      f
        .split('/')
        .pop()
        .replace(/\.mdx?$/, ''),
    );
}

/** The council folder, checked to exist with its council.mdx. */
export function councilFolder(council, usage) {
  const folder = join(editionsDir(), council);
  if (!existsSync(join(folder, 'council.mdx')))
    fail(`There is no council "${council}": ${join(folder, 'council.mdx')} does not exist. Run npm run new:council first.`, usage);
  return folder;
}

/** A YYYY-MM-DD date that is a real day. */
export function checkDate(text, option, usage) {
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
    fail(`--${option} must be a real date written YYYY-MM-DD, not "${text}".`, usage);
  return date;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "4 September 2017" */
export const inWords = (date) => `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
