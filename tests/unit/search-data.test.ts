import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeVocabulary, encodeVocabulary } from '../../src/components/search/spelling';
import { abbreviationWords } from '../../src/lib/abbreviations';
import { parseEverydayWords } from '../../src/lib/everyday-words';
import { indexedText, pagesByWord } from '../../src/lib/site-vocabulary';

const FILE = 'content/search/everyday-words.yaml';
const knowsAll = () => true;

describe('everyday words file', () => {
  it('the real file parses and names no phrase twice', () => {
    const { words, problems } = parseEverydayWords(readFileSync(FILE, 'utf8'), FILE, knowsAll);
    expect(problems).toEqual([]);
    expect(words.length).toBeGreaterThan(20);
  });

  it('names the file and field of a schema problem', () => {
    const { problems } = parseEverydayWords('- say: [nephew]\n  means: []\n- say: [kids]\n  mean: [children]\n', FILE, knowsAll);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([`${FILE} [0].means`, `${FILE} [1]`, `${FILE} [1].means`]);
  });

  it('takes an entry that only names the kind of page wanted, and fails a kind no page has', () => {
    const types = new Set(['Question', 'Glossary term']);
    const good = parseEverydayWords('- say: [questions to ask]\n  prefer: Question\n', FILE, knowsAll, types);
    expect(good).toEqual({ words: [{ say: ['questions to ask'], means: [], prefer: 'Question' }], problems: [] });
    const { problems } = parseEverydayWords('- say: [questions to ask]\n  prefer: Questions\n', FILE, knowsAll, types);
    expect(problems).toEqual([
      { file: FILE, field: '[0].prefer', message: '"Questions" is not a kind of page on the site; the kinds are Glossary term, Question' },
    ]);
  });

  it('fails a phrase claimed by two entries, whatever its apostrophes', () => {
    const { problems } = parseEverydayWords(
      "- say: [mate's child]\n  means: [friend]\n- say: [mates child]\n  means: [friend]\n",
      FILE,
      knowsAll,
    );
    expect(problems).toEqual([{ file: FILE, field: '[1].say[0]', message: '"mates child" is already in entry 0\'s say list' }]);
  });

  it('fails a site word that no page uses', () => {
    const { problems } = parseEverydayWords('- say: [nephew]\n  means: [uncle, close relative]\n', FILE, (key) => key !== 'relative');
    expect(problems).toEqual([{ file: FILE, field: '[0].means[1]', message: '"close relative": no page uses "relative"' }]);
  });
});

describe('site vocabulary', () => {
  it('reads the indexed part of a page and its metadata, not the rest', () => {
    const html =
      '<header>Navigation words</header><main data-pagefind-body><div hidden data-pagefind-meta="aliases:SGO / special guardianship"></div><h1>Care &amp; order</h1><script>ignored()</script></main><footer>Footer</footer>';
    const text = indexedText(html);
    expect(text).toContain('Care & order');
    expect(text).toContain('SGO / special guardianship');
    expect(text).not.toMatch(/Navigation|Footer|ignored/);
    expect(indexedText('<main><h1>Not indexed</h1></main>')).toBe('');
  });

  it('writes every word compactly and reads the same words back, more used bands first', () => {
    const counts = pagesByWord(['care carer carers placement', 'care carer', ...Array.from({ length: 20 }, () => 'care')]);
    const text = encodeVocabulary(counts);
    expect(text.split('\n')[0]).toBe('0care');
    expect(decodeVocabulary(text)).toEqual(['care', 'carer', 'carers', 'placement']);
  });
});

describe('abbreviations as everyday words', () => {
  const glossaryPage = (title: string, aliases: string) =>
    `<main data-pagefind-body><span data-pagefind-meta="title:${title}"></span><span data-pagefind-meta="aliases:${aliases}"></span></main>`;

  it('maps what the pages spell out, from <abbr> and from capitalised other names', () => {
    const pages = [
      '<p>At the <abbr title="Public Law Outline">PLO</abbr> meeting</p>',
      glossaryPage('Looked-after child', 'LAC / looked after child / CLA'),
      glossaryPage('Regional adoption agencies (2015)', 'RAA'),
      '<p><abbr title="Education, health and care plan">EHCP</abbr></p>',
    ];
    expect(abbreviationWords(pages, pages, new Set())).toEqual([
      { say: ['cla'], means: ['looked-after child'] },
      { say: ['ehcp'], means: ['education health and care plan'] },
      { say: ['lac'], means: ['looked-after child'] },
      { say: ['plo'], means: ['public law outline'] },
      { say: ['raa'], means: ['regional adoption agencies'] },
    ]);
  });

  it('leaves out ordinary words, mapped phrases, long expansions and names that are not abbreviations', () => {
    const pages = [
      '<p><abbr title="Special educational needs and disabilities">SEND</abbr> and we send a letter</p>',
      '<p><abbr title="Special guardianship order">SGO</abbr></p>',
      `<p><abbr title="${'A very long name '.repeat(5)}">AVLN</abbr></p>`,
      glossaryPage('Section 20 accommodation', 'Section 20 / voluntary accommodation / Ofsted'),
    ];
    expect(abbreviationWords(pages, pages, new Set(['sgo']))).toEqual([]);
  });
});
