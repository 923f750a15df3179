import type { Element, Root, Text } from 'hast';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeGlossaryLinks, shouldTransformPath } from '../../src/plugins/glossary/rehype-glossary';
import { createMatcher } from '../../src/plugins/glossary/matcher';
import type { LinkTerm } from '../../src/plugins/glossary/terms';

const TERMS: LinkTerm[] = [
  {
    slug: 'special-guardianship-order',
    title: 'Special guardianship order',
    abbreviation: 'SGO',
    names: ['Special guardianship order', 'SGO', 'special guardianship orders'],
  },
  { slug: 'parallel-planning', title: 'Parallel planning', names: ['Parallel planning', 'twin-track planning', 'twin track'] },
  { slug: 'public-law-outline', title: 'Public Law Outline', abbreviation: 'PLO', names: ['Public Law Outline', 'PLO'] },
];

async function render(markdown: string, path = '/site/content/permanence/page.mdx') {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeGlossaryLinks, { terms: TERMS, include: ['/site/content/'], base: '/kb/' })
    .use(rehypeStringify)
    .process({ value: markdown, path });
  return String(file);
}

describe('glossary auto-linker', () => {
  it('links the first use of a term, with the base path', async () => {
    const html = await render('A special guardianship order lasts. Another special guardianship order.');
    expect(html).toContain('<a href="/kb/glossary/special-guardianship-order/" class="term">special guardianship order</a>');
    expect(html.match(/class="term"/g)).toHaveLength(1);
  });

  it('wraps abbreviations in <abbr> with the expansion', async () => {
    const html = await render('Courts follow the PLO.');
    expect(html).toContain('<a href="/kb/glossary/public-law-outline/" class="term"><abbr title="Public Law Outline">PLO</abbr></a>');
  });

  it('links aliases to their term, and never a lower-case match of an abbreviation', async () => {
    const html = await render('Councils use twin track plans. The word plo is not an abbreviation.');
    expect(html).toContain('href="/kb/glossary/parallel-planning/"');
    expect(html).not.toContain('public-law-outline');
  });

  it('skips headings, existing links and code', async () => {
    const html = await render('## The SGO\n\n[An SGO](/x/) and `SGO` here.\n\nThen an SGO in text.');
    expect(html).toContain('<h2>The SGO</h2>');
    expect(html).toContain('<a href="/x/">An SGO</a>');
    expect(html).toContain('<code>SGO</code>');
    expect(html).toContain(
      'Then an <a href="/kb/glossary/special-guardianship-order/" class="term"><abbr title="Special guardianship order">SGO</abbr></a> in text.',
    );
  });

  it('does not link a glossary page to itself', async () => {
    const html = await render('An SGO is an order.', '/site/content/glossary/special-guardianship-order.mdx');
    expect(html).not.toContain('class="term"');
  });

  it('only transforms files under the content folders, matched by folder not prefix', () => {
    expect(shouldTransformPath('/site/content/glossary/a.mdx', ['/site/content/'])).toBe(true);
    expect(shouldTransformPath('/site/content-old/a.mdx', ['/site/content/'])).toBe(false);
    expect(shouldTransformPath(undefined, ['/site/content/'])).toBe(false);
  });

  it('prefers the longest name at the same place', () => {
    const { find } = createMatcher([
      { slug: 'special-guardianship', title: 'Special guardianship', names: ['Special guardianship'] },
      ...TERMS,
    ]);
    const [match] = find('a special guardianship order', new Set());
    expect(match.term.slug).toBe('special-guardianship-order');
  });
});

const PAGE = '/site/content/permanence/page.mdx';

describe('glossary auto-linker on the tree', () => {
  const el = (tagName: string, children: Element['children'] = [], properties: Element['properties'] = {}): Element => ({
    type: 'element',
    tagName,
    properties,
    children,
  });
  const text = (value: string): Text => ({ type: 'text', value });
  const link = (value: string): Element =>
    el('a', [el('abbr', [text(value)], { title: 'Special guardianship order' })], {
      href: '/kb/glossary/special-guardianship-order/',
      className: ['term'],
    });
  const run = (tree: Root, path: string | undefined = PAGE) => {
    rehypeGlossaryLinks({ terms: TERMS, include: ['/site/content/', '/site/more/'], base: '/kb/' })(tree, { path });
    return tree;
  };

  it.each(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dfn', 'script', 'style', 'svg'])(
    'never links inside <%s>',
    (tag) => {
      const tree: Root = { type: 'root', children: [el(tag, [text('An SGO')])] };
      expect(run(tree)).toEqual({ type: 'root', children: [el(tag, [text('An SGO')])] });
    },
  );

  it('splits text around a link without empty pieces, keeps the other children in place and never links in comments', () => {
    const comment = { type: 'comment' as const, value: 'SGO' };
    const tree: Root = { type: 'root', children: [el('p', [comment, text('SGO first'), el('em', [text('then')]), text(' and more')])] };
    expect(run(tree)).toEqual({
      type: 'root',
      children: [el('p', [comment, link('SGO'), text(' first'), el('em', [text('then')]), text(' and more')])],
    });
    const end: Root = { type: 'root', children: [el('p', [text('Ends with SGO')])] };
    expect(run(end)).toEqual({ type: 'root', children: [el('p', [text('Ends with '), link('SGO')])] });
  });

  it('links in files under any of the content folders, and in no other file', () => {
    const tree = () => ({ type: 'root', children: [el('p', [text('An SGO')])] }) as Root;
    expect(JSON.stringify(run(tree(), '/site/more/x.mdx'))).toContain('"term"');
    expect(run(tree(), '/site/src/pages/x.mdx')).toEqual(tree());
    expect(run(tree(), '')).toEqual(tree());
    const none: Root = tree();
    rehypeGlossaryLinks({ terms: TERMS, include: ['/site/content/'], base: '/kb/' })(none, {});
    expect(none).toEqual(tree());
  });

  it('does not link a Markdown (.md) glossary page to itself', () => {
    expect(
      JSON.stringify(run({ type: 'root', children: [el('p', [text('An SGO')])] }, '/site/content/glossary/special-guardianship-order.md')),
    ).not.toContain('"term"');
  });
});

describe('glossary matcher edge cases', () => {
  const find = (terms: LinkTerm[], value: string) =>
    createMatcher(terms)
      .find(value, new Set())
      .map((m) => [value.slice(m.start, m.end), m.isAbbreviation]);

  it('matches names with full stops as written', () => {
    const terms = [{ slug: 's20', title: 'Section 20', names: ['S.20'] }];
    expect(find(terms, 'Under S.20 today')).toEqual([['S.20', true]]);
    expect(find(terms, 'Under S120 today')).toEqual([]);
  });

  it('treats a term’s own abbreviation as one even in mixed case, and other capital names up to six letters', () => {
    expect(
      find(
        [{ slug: 'cafcass', title: 'Children and Family Court Advisory and Support Service', abbreviation: 'Cafcass', names: ['Cafcass'] }],
        'Ask Cafcass',
      ),
    ).toEqual([['Cafcass', true]]);
    expect(find([{ slug: 'six', title: 'Six', names: ['ABCDEF'] }], 'ABCDEF')).toEqual([['ABCDEF', true]]);
    expect(find([{ slug: 'seven', title: 'Seven', names: ['ABCDEFG'] }], 'ABCDEFG')).toEqual([['ABCDEFG', false]]);
  });
});
