// npm run new:recommendation -- --council exampleton --inspection ofsted-exampleton-2025 --number 1 \
//   --title "Private fostering awareness" --summary "Raise awareness of private fostering so more arrangements are reported." \
//   --supports guides/private-fostering,permanence/kinship-care
// Writes content/editions/<council>/recommendations/<id>.mdx. Its id is <inspection>-<number> unless --id is given;
// the file name is the id, and the id never changes once published.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TRACED_COLLECTIONS } from '../../src/collections/registry.ts';
import {
  SLUG,
  councilFolder,
  contentRoot,
  editionsDir,
  fail,
  frontmatter,
  idsIn,
  inWords,
  readOptions,
  slugify,
  writeNew,
  yamlString,
} from './scaffold.mjs';

// The kinds of page a recommendation can name as support: the traced collections of the registry.
const PAGE_COLLECTIONS = TRACED_COLLECTIONS;
const usage =
  'npm run new:recommendation -- --council <council> --inspection <inspection-id> --number "<its number in the report>" ' +
  '--title "<a short title of your own>" --summary "<what it asks for, in your own words>" ' +
  '[--id <id>] [--theme "…"] [--addresses "…"] [--timescale "…"] [--section "…"] [--supports <collection>/<id>,…]';
const o = readOptions(
  {
    council: 'the council’s folder name',
    inspection: 'the id of its inspection, in the council’s inspections/ folder',
    number: 'its number or label in the report, e.g. 7 or 7.1a',
    title: 'a short title of your own',
    summary: 'what it asks for, in your own words (20 characters or more)',
    id: 'its id, if not <inspection>-<number>',
    theme: 'its theme in a few words',
    addresses: 'whom it is addressed to',
    timescale: 'the timescale set for it',
    section: 'where it stands in the report',
    supports: 'national pages that support it, e.g. guides/private-fostering,permanence/kinship-care',
  },
  ['council', 'inspection', 'number', 'title', 'summary'],
  usage,
);
const folder = councilFolder(o.council, usage);
const inspectionFile = join(folder, 'inspections', `${o.inspection}.mdx`);
if (!existsSync(inspectionFile))
  fail(`There is no inspection "${o.inspection}" in ${join(folder, 'inspections')}/. Run npm run new:inspection first.`, usage);
const inspection = frontmatter(inspectionFile);
const council = frontmatter(join(folder, 'council.mdx'));
if (o.title.length < 3) fail('--title must be at least 3 characters.', usage);
if (o.summary.length < 20)
  fail('--summary must be at least 20 characters: say what the recommendation asks for, in your own words.', usage);

const id = o.id ?? `${o.inspection}-${slugify(o.number)}`;
if (!SLUG.test(id)) fail(`The id "${id}" must be lower-case letters, digits and hyphens: give --id.`, usage);
if (idsIn(editionsDir()).includes(id))
  fail(`A recommendation (or inspection or source) with the id "${id}" already exists in an edition: give another --id.`);

const supports = (o.supports ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean)
  .map((item) => {
    const [collection, page] = item.split('/');
    if (!PAGE_COLLECTIONS.includes(collection) || !page)
      fail(`--supports "${item}" must be <collection>/<id>, the collection one of ${PAGE_COLLECTIONS.join(', ')}.`, usage);
    if (!idsIn(join(contentRoot(), collection)).includes(page))
      fail(`--supports "${item}": there is no page ${join(contentRoot(), collection, `${page}.mdx`)}.`, usage);
    return { collection, page };
  });
const order = idsIn(join(folder, 'recommendations')).length + 1;
const date = inspection.period ?? (inspection.date instanceof Date ? inWords(inspection.date) : String(inspection.date));

writeNew(
  join(folder, 'recommendations', `${id}.mdx`),
  `---
title: ${yamlString(o.title)}
inspection: ${o.inspection}
number: ${yamlString(o.number)}
order: ${order}
madeBy: ${yamlString(String(inspection.body))}
date: ${yamlString(date)}
theme: ${yamlString(o.theme ?? o.title)}
addresses: ${yamlString(o.addresses ?? String(council.name))}
${o.timescale ? `timescale: ${yamlString(o.timescale)}\n` : ''}summary: ${yamlString(o.summary)}
citation:
  source: ${inspection.citation.source}
  section: ${yamlString(o.section ?? `Recommendation ${o.number}`)}
# related:                  the same concern in other inspections
#   - recommendation: <id>
#     note: "How the two connect."
${supports.length ? `supportedBy:\n${supports.map((s) => `  - ${s.collection}: ${s.page}`).join('\n')}` : '# supportedBy:              national pages that support it, e.g.\n#   - guides: private-fostering'}
---

{/* What the inspectors found, and what happened next, in your own words: cite the report's paragraphs. */}
`,
);
console.log(`\nNext: EDITION=${o.council} npm run build, and check the page at /recommendations/${id}/`);
