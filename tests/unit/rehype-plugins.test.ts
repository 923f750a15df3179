import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../src/plugins/links/rehype-base-links';
import { rehypeWrapTables } from '../../src/plugins/tables/rehype-wrap-tables';
import { readGlossaryTerms } from '../../src/plugins/glossary/terms';
import { createMatcher } from '../../src/plugins/glossary/matcher';

const el = (tagName: string, properties: Element['properties'] = {}, children: Element['children'] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const root = (...children: Root['children']): Root => ({ type: 'root', children });

describe('base-path links', () => {
  const hrefs = (tree: Root) => JSON.stringify(tree).match(/"href":"[^"]*"/g);
  const tree = () =>
    root(
      el('p', {}, [el('a', { href: '/glossary/sgo/' }), el('em', {}, [el('a', { href: '/law/#s20' })])]),
      el('a', { href: '//cdn.example/x' }),
      el('a', { href: '/kb/already/' }),
      el('a', { href: 'https://example.org/' }),
      el('a', { href: '#top' }),
      el('a', {}),
      el('link', { href: '/feed.xml' }),
      { type: 'text', value: '/not-a-link/' },
    );

  it('puts the base in front of root-relative links, at any depth', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/kb/' })(t);
    expect(hrefs(t)).toEqual([
      '"href":"/kb/glossary/sgo/"',
      '"href":"/kb/law/#s20"',
      '"href":"//cdn.example/x"',
      '"href":"/kb/already/"',
      '"href":"https://example.org/"',
      '"href":"#top"',
      '"href":"/feed.xml"',
    ]);
  });

  it('changes nothing at the root', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/' })(t);
    expect(t).toEqual(tree());
  });
});

describe('table wrapping', () => {
  it('wraps every table, at any depth, in a focusable region numbered in document order', () => {
    const first = el('table', {}, [el('tr')]);
    const second = el('table');
    const t = root(el('h2'), first, el('div', {}, [el('p'), second]));
    rehypeWrapTables()(t);
    const wrap = (table: Element, n: number) => el('section', { className: ['table-wrap'], tabIndex: 0, ariaLabel: `Table ${n}` }, [table]);
    expect(t).toEqual(root(el('h2'), wrap(first, 1), el('div', {}, [el('p'), wrap(second, 2)])));
  });

  it('leaves a tree without tables as it was', () => {
    const t = root(el('p', {}, [{ type: 'text', value: 'x' }]), { type: 'comment', value: 'c' });
    rehypeWrapTables()(t);
    expect(t).toEqual(root(el('p', {}, [{ type: 'text', value: 'x' }]), { type: 'comment', value: 'c' }));
  });
});

describe('reading glossary terms from disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-terms-'));
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  write('Care-Order.mdx', '---\ntitle: Care order\nabbreviation: CO\naliases:\n  - section 31 order\n  - 31\n---\nBody.');
  write('plain.md', '---\ntitle: Plain term\n---\n');
  write('common.mdx', '---\ntitle: Child\nautolink: false\n---\n');
  write('untitled.mdx', '---\naliases: [x]\n---\n');
  write('no-frontmatter.mdx', 'Just text.\n---\ntitle: Hidden\n---\n');
  write('number.mdx', '---\ntitle: Year term\nabbreviation: 1989\n---\n');
  write('notes.txt', '---\ntitle: Not a term\n---\n');
  mkdirSync(join(dir, 'folder.mdx.d'));

  it('reads each linkable term’s slug, title, abbreviation and names, skipping unlinkable files', () => {
    const terms = readGlossaryTerms(dir).sort((a, b) => a.slug.localeCompare(b.slug));
    expect(terms).toEqual([
      { slug: 'care-order', title: 'Care order', abbreviation: 'CO', names: ['Care order', 'CO', 'section 31 order'] },
      { slug: 'number', title: 'Year term', abbreviation: undefined, names: ['Year term'] },
      { slug: 'plain', title: 'Plain term', abbreviation: undefined, names: ['Plain term'] },
    ]);
  });

  it('gives no terms for a missing folder', () => {
    expect(readGlossaryTerms(join(dir, 'missing'))).toEqual([]);
  });
});

describe('the glossary matcher', () => {
  const terms = [
    { slug: 'care', title: 'Care', names: ['Care'] },
    { slug: 'care-order', title: 'Care order', abbreviation: 'CO', names: ['Care order', 'CO'] },
    {
      slug: 'camhs',
      title: 'Child and adolescent mental health services',
      names: ['Child and adolescent mental health services', 'CAMHS'],
    },
    { slug: 'act-2002', title: 'Act', names: ['2002', 'x'] },
  ];
  const found = (text: string, seen = new Set<string>()) =>
    createMatcher(terms)
      .find(text, seen)
      .map((m) => [text.slice(m.start, m.end), m.term.slug, m.isAbbreviation]);

  it('matches names of four letters or fewer, and all-capital names, by case only', () => {
    expect(found('care and camhs')).toEqual([]);
    expect(found('Care and CAMHS')).toEqual([
      ['Care', 'care', false],
      ['CAMHS', 'camhs', true],
    ]);
  });

  it('matches longer mixed-case names whatever their case', () => {
    expect(found('a CARE ORDER was made')).toEqual([['CARE ORDER', 'care-order', false]]);
  });

  it('marks the abbreviation, and other short capital names, as abbreviations; numbers are not', () => {
    expect(found('a CO and the 2002 Act')).toEqual([
      ['CO', 'care-order', true],
      ['2002', 'act-2002', false],
    ]);
  });

  it('ignores one-letter names and matches only whole words', () => {
    expect(found('x marks COs and 20020')).toEqual([]);
    expect(found('éCO COé')).toEqual([]);
  });

  it('links each term once, and never a term already seen', () => {
    const seen = new Set(['care']);
    expect(found('Care order, Care, Care order', seen)).toEqual([['Care order', 'care-order', false]]);
    expect([...seen]).toEqual(['care', 'care-order']);
  });

  it('finds nothing when there are no names', () => {
    expect(createMatcher([]).find('Care order', new Set())).toEqual([]);
    expect(createMatcher([{ slug: 'x', title: 'x', names: ['x'] }]).find('x', new Set())).toEqual([]);
  });
});
