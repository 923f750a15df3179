// npm run new:council -- --id exampleton --name "Exampleton Council" --place Exampleton
// Starts a council's edition: content/editions/<id>/council.mdx, with folders for its inspections, recommendations
// and reports. Then: npm run new:inspection, npm run new:recommendation, and EDITION=<id> npm run build.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SLUG, editionsDir, fail, readOptions, writeNew, yamlString } from './scaffold.mjs';

const usage = 'npm run new:council -- --id <folder-name> --name "<the council’s name>" --place "<the place>"';
const o = readOptions(
  {
    id: 'the edition’s folder name, e.g. exampleton',
    name: 'the council’s name, e.g. "Exampleton Council"',
    place: 'the place, e.g. "Exampleton"',
  },
  ['id', 'name', 'place'],
  usage,
);
if (!SLUG.test(o.id)) fail(`--id "${o.id}" must be lower-case letters, digits and hyphens, e.g. "telford-and-wrekin".`, usage);
const folder = join(editionsDir(), o.id);
if (existsSync(join(folder, 'council.mdx'))) fail(`${folder} already has a council.mdx: edit it instead.`);

writeNew(
  join(folder, 'council.mdx'),
  `---
# The council of this edition. The folder name, "${o.id}", is the edition's name: EDITION=${o.id} npm run build.
name: ${yamlString(o.name)}
place: ${yamlString(o.place)}
# The council's own pages: add each once you have opened and checked it; leave out any you have not found.
# Each is shown where the national pages tell a reader to contact their council. Write each like this:
# privateFostering:
#   url: https://…          the exact address of the page (https only)
#   title: "…"              what the page is, in your own words: it is the link text
#   checked: YYYY-MM-DD     the day you opened the page and checked it
# The pages: privateFostering (where to tell the council about private fostering), kinshipLocalOffer (its kinship
# local offer), careLeaversLocalOffer (its local offer for care leavers), childrenServices (its children's services).
---
`,
);
for (const part of ['inspections', 'recommendations', 'sources']) mkdirSync(join(folder, part), { recursive: true });
console.log(`
Next:
  npm run new:inspection -- --council ${o.id} --id <inspection-id> …   (each inspection or review)
  npm run new:recommendation -- --council ${o.id} --inspection <inspection-id> …   (each recommendation)
  EDITION=${o.id} npm run build   (the build names the file and field of anything missing)`);
