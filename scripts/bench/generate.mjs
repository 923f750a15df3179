// Generates a synthetic content folder of N pages from the real schemas' shape, for the benchmark.
// The text is made of random words from a neutral vocabulary; the sources and council editions are the real ones.
//   node scripts/bench/generate.mjs <pages> <out-dir>
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [count = '1000', out = '.bench/content-1000'] = process.argv.slice(2);
const total = Number(count);
const VOCAB =
  'council child home plan review support family court order carer school health team record meeting report visit week month year local service placement officer member question answer record data progress change stable lasting safe care decision assessment social worker manager partner agency board committee'.split(
    ' ',
  );
const TOPICS = [
  'permanence-options',
  'permanence-planning',
  'adoption',
  'special-guardianship',
  'kinship-care',
  'foster-care',
  'scrutiny',
  'inspection',
  'performance-data',
  'courts-and-law',
];
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
// A realistic spread of words: the domain words plus 3,000 made-up ones, drawn with a Zipf-like skew
// (a few words are everywhere, most are rare), so a query matches a plausible share of pages.
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vi', 'so', 'pe', 'da', 'gu', 'fo', 'ri', 'mo', 'be', 'zu'];
const WORDS = [
  ...VOCAB,
  ...Array.from(
    { length: 3000 },
    (_, i) => SYLLABLES[i % 16] + SYLLABLES[Math.floor(i / 16) % 16] + SYLLABLES[Math.floor(i / 256) % 16] + 'n',
  ),
];
for (let i = WORDS.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [WORDS[i], WORDS[j]] = [WORDS[j], WORDS[i]];
}
const zipf = () => WORDS[Math.min(WORDS.length - 1, Math.floor(Math.exp(random() * Math.log(WORDS.length + 1))) - 1)];
const sentence = (n) => {
  const w = Array.from({ length: n }, zipf);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return `${w.join(' ')}.`;
};
const paragraph = () => Array.from({ length: 4 }, () => sentence(8 + Math.floor(random() * 8))).join(' ');

rmSync(out, { recursive: true, force: true });
for (const folder of ['sources', 'editions']) cpSync(join('content', folder), join(out, folder), { recursive: true });
const editionFiles = readdirSync(join(out, 'editions'), { recursive: true, encoding: 'utf8' });
// The editions point at pages of the real site that the synthetic one does not have: an inspection's guide and
// framework law, and links in the text (kept as plain text).
for (const file of editionFiles.filter((f) => /\.mdx?$/.test(f))) {
  const path = join(out, 'editions', file);
  const text = readFileSync(path, 'utf8')
    .replace(/^(guide|frameworkLaw):.*\n/gm, '')
    .replace(/\[([^\]]+)\]\(\/[^)]*\)/g, '$1');
  writeFileSync(path, text);
}
const recs = editionFiles
  .filter((f) => /\/recommendations\/[^/]+\.mdx?$/.test(f))
  .map((f) =>
    f
      .split('/')
      .pop()
      .replace(/\.mdx?$/, ''),
  );
const sources = readdirSync(join(out, 'sources')).map((f) => f.replace(/\.mdx?$/, ''));

const common = (i, title) => `title: "${title}"
summary: "${sentence(14)}"
recommendations: [${pick(recs)}, ${pick(recs)}]
sources:
  - source: ${pick(sources)}
    section: "Section ${1 + (i % 9)}"
factsDate: "2018"
lastReviewed: 2026-11-23
reviewDue: 2027-11-23
topics: [${pick(TOPICS)}]
audience: [new-member, scrutiny]`;
const body = () =>
  `\n## ${sentence(3).slice(0, -1)}\n\n${paragraph()}\n\n${paragraph()}\n\n## ${sentence(4).slice(0, -1)}\n\n${paragraph()}\n`;

// Mostly glossary terms and questions, as a grown site would be.
const plan = [
  ['glossary', 0.4],
  ['questions', 0.4],
  ['legislation', 0.1],
  ['case-studies', 0.1],
];
let made = 0;
for (const [collection, share] of plan) {
  mkdirSync(join(out, collection), { recursive: true });
  const n = collection === 'case-studies' ? total - made : Math.round(total * share);
  for (let i = 0; i < n; i++, made++) {
    const id = `${collection}-${String(i).padStart(5, '0')}`;
    let fields = '';
    if (collection === 'glossary') fields = `definition: "${sentence(12)}"\naliases: ["synthetic alias ${i}"]\nautolink: ${i < 200}`;
    if (collection === 'questions')
      fields = `origin: [lga-kloe]\ngroup: "Synthetic group ${i % 15}"\norder: ${i}\nwhyItMatters: "${sentence(12)}"\nprompts: ["${sentence(8)}", "${sentence(8)}"]\nevidence:\n  - ask: "${sentence(6)}"\ngoodAnswer: "${sentence(12)}"`;
    if (collection === 'legislation') fields = `kind: act\nyear: ${1989 + (i % 30)}\njurisdiction: England\nwhatItDoes: "${sentence(12)}"`;
    if (collection === 'case-studies')
      fields = `organisations: ["Synthetic council ${i}"]\nnation: England\nperiod: "2018"\ntakeaways: ["${sentence(8)}"]`;
    const title = `Synthetic ${collection} page ${i}`;
    writeFileSync(join(out, collection, `${id}.md`), `---\n${common(i, title)}\n${fields}\n---\n${body()}`);
  }
}
console.log(`Generated ${made} pages in ${out}`);
