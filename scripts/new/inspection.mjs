// npm run new:inspection -- --council exampleton --id ofsted-exampleton-2025 --name "Exampleton 2025 Ofsted inspection" \
//   --title "Ofsted inspection of children’s services, Exampleton, 2025" --kind ofsted-inspection --date 2025-06-30 \
//   --body Ofsted --framework "Inspection of Local Authority Children's Services (ILACS)"
// Writes content/editions/<council>/inspections/<id>.mdx and, unless --source names one, a starter source for its
// report in content/editions/<council>/sources/. Add judgements to the inspection file where the framework gives them.
import { join } from 'node:path';
import {
  SLUG,
  checkDate,
  councilFolder,
  editionsDir,
  contentRoot,
  fail,
  idsIn,
  inWords,
  readOptions,
  writeNew,
  yamlString,
} from './scaffold.mjs';

const KINDS = ['ofsted-inspection', 'focused-visit', 'scrutiny-review', 'peer-review'];
const REPORT_KINDS = {
  'ofsted-inspection': 'inspection-report',
  'focused-visit': 'inspection-report',
  'scrutiny-review': 'scrutiny-report',
};
const usage =
  'npm run new:inspection -- --council <council> --id <inspection-id> --name "<short distinct name>" --title "<full title>" ' +
  `--kind <${KINDS.join('|')}> --date YYYY-MM-DD --body "<who carried it out>" --framework "<framework>" ` +
  '[--period "<when, in words>"] [--source <existing source id>] [--section "<where the recommendations are>"] [--report-kind <source kind>]';
const o = readOptions(
  {
    council: 'the council’s folder name',
    id: 'the inspection’s id, e.g. ofsted-exampleton-2025',
    name: 'a short name no other inspection has, e.g. "Exampleton 2025 Ofsted inspection"',
    title: 'its full title',
    kind: KINDS.join(', '),
    date: 'when the report was published, YYYY-MM-DD',
    body: 'who carried it out, e.g. Ofsted',
    framework: 'the framework, in words',
    period: 'when the fieldwork took place, in words',
    source: 'an existing source id to cite instead of a new one',
    section: 'where in the report the recommendations are',
    'report-kind': 'the kind of the new source (needed for a peer review)',
  },
  ['council', 'id', 'name', 'title', 'kind', 'date', 'body', 'framework'],
  usage,
);
const folder = councilFolder(o.council, usage);
if (!SLUG.test(o.id)) fail(`--id "${o.id}" must be lower-case letters, digits and hyphens.`, usage);
if (!KINDS.includes(o.kind)) fail(`--kind must be one of ${KINDS.join(', ')}, not "${o.kind}".`, usage);
const date = checkDate(o.date, 'date', usage);
if (idsIn(editionsDir()).includes(o.id))
  fail(`An inspection, recommendation or source with the id "${o.id}" already exists in an edition: choose another id.`);

let source = o.source;
if (source) {
  if (![...idsIn(join(contentRoot(), 'sources')), ...idsIn(editionsDir())].includes(source))
    fail(`--source "${source}" is not a source in content/sources/ or an edition's sources/ folder.`, usage);
} else {
  const kind = o['report-kind'] ?? REPORT_KINDS[o.kind];
  if (!kind)
    fail('A peer review’s report needs --report-kind (e.g. scrutiny-report or committee-papers), or cite an existing --source.', usage);
  source = `${o.id}-report`;
  writeNew(
    join(folder, 'sources', `${source}.mdx`),
    `---
title: ${yamlString(o.title)}
shortTitle: ${yamlString(`${o.name} report`)}
publisher: ${yamlString(o.body)}
date: ${yamlString(inWords(date))}
year: ${date.getUTCFullYear()}
kind: ${kind}
summary: ${yamlString(`The report of the ${o.name}, which this edition's recommendations come from.`)}
factsDate: ${yamlString(o.period ?? String(date.getUTCFullYear()))}
# The main sections a reader can find in it:
sections: ["Recommendations"]
---
`,
  );
}

writeNew(
  join(folder, 'inspections', `${o.id}.mdx`),
  `---
title: ${yamlString(o.title)}
name: ${yamlString(o.name)}
body: ${yamlString(o.body)}
council: ${o.council}
date: ${o.date}
${o.period ? `period: ${yamlString(o.period)}\n` : ''}kind: ${o.kind}
framework: ${yamlString(o.framework)}
# frameworkLaw: <id>        the framework's page in content/legislation/, if it has one
# judgements:               only where the framework gives them (from April 2026 Ofsted gives no overall effectiveness judgement)
#   - area: "…"
#     grade: "…"
citation:
  source: ${source}
  section: ${yamlString(o.section ?? 'Recommendations')}
# guide: <id>               a guide in content/guides/ that tells the story of this inspection, if there is one
---
`,
);
console.log(`\nNext: npm run new:recommendation -- --council ${o.council} --inspection ${o.id} --number 1 --title "…" --summary "…"`);
