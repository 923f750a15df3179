import { describe, expect, it } from 'vitest';
import { asWritten, checkLink, decodeHref, linesWithLink, type BuiltSite } from '../../src/lib/links';

/** A built site of three pages and a feed, with the ids each page carries. */
const pages: Record<string, { ids: string[]; headings: string[] }> = {
  '/glossary/care-order/': { ids: ['main', 'what-it-is', 'who-decides'], headings: ['what-it-is', 'who-decides'] },
  '/permanence/adoption/': { ids: ['main'], headings: [] },
  '/': { ids: ['main'], headings: [] },
};
const site: BuiltSite = {
  resolve: (path) => {
    const clean = decodeURIComponent(path.split(/[?#]/)[0]);
    if (clean === '/feed.xml') return 'dist/feed.xml';
    const page = pages[clean] ? clean : pages[`${clean}/`] ? `${clean}/` : undefined;
    return page && `dist${page}index.html`;
  },
  ids: (file) => {
    const page = file.replace(/^dist/, '').replace(/index\.html$/, '');
    return { all: new Set(pages[page].ids), headings: pages[page].headings };
  },
  paths: () => Object.keys(pages),
};
const verdict = (href: string, page = '/permanence/adoption/', base = '/') => checkLink(href, page, base, site);

describe('link rules', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'javascript&#58;alert(1)',
    'data:text/html,hi',
    'vbscript:x',
  ])('refuses %j: it runs code or hides content', (href) => {
    const result = verdict(href);
    expect(result.kind).toBe('problem');
    expect(result.kind === 'problem' && result.message).toMatch(/runs code or hides content/);
  });

  it('refuses http:// and says the https address to write', () => {
    expect(verdict('http://www.gov.uk/x')).toEqual({ kind: 'problem', message: expect.stringContaining('write https://www.gov.uk/x') });
  });

  it('refuses an address with no scheme', () => {
    expect(verdict('//www.gov.uk/x')).toEqual({ kind: 'problem', message: expect.stringContaining('https://www.gov.uk/x') });
  });

  it('lists https links as external, and lets mailto: and tel: pass', () => {
    expect(verdict('https://www.gov.uk/x')).toEqual({ kind: 'external', url: 'https://www.gov.uk/x' });
    expect(verdict('mailto:a@example.org').kind).toBe('other');
    expect(verdict('tel:+441234').kind).toBe('other');
  });

  it('passes internal links to built pages and files, with or without the trailing slash, and real fragments', () => {
    for (const href of [
      '/glossary/care-order/',
      '/glossary/care-order',
      '/glossary/care-order/#who-decides',
      '/feed.xml',
      '#main',
      '../../glossary/care-order/',
      '/?q=x',
    ]) {
      expect(verdict(href), href).toEqual({ kind: 'internal' });
    }
  });

  it('fails a link to a page that is not built, suggesting one with the same name', () => {
    const result = verdict('/permanence/care-order/');
    expect(result).toEqual({
      kind: 'problem',
      message: expect.stringContaining('no page at /permanence/care-order/ (did you mean /glossary/care-order/?)'),
    });
  });

  it('fails a fragment that is not an id on the target page, listing its sections', () => {
    expect(verdict('/glossary/care-order/#nope')).toEqual({
      kind: 'problem',
      message: expect.stringContaining('has no "#nope" on it; its sections are #what-it-is, #who-decides'),
    });
    expect(verdict('#nope').kind).toBe('problem');
  });

  it('reads links under a base path, and refuses one that leaves it', () => {
    expect(verdict('/kb/glossary/care-order/#what-it-is', '/permanence/adoption/', '/kb/')).toEqual({ kind: 'internal' });
    expect(verdict('/glossary/care-order/', '/permanence/adoption/', '/kb/')).toEqual({
      kind: 'problem',
      message: expect.stringContaining('outside the site'),
    });
    expect(asWritten('/kb/glossary/care-order/', '/kb/')).toBe('/glossary/care-order/');
    expect(asWritten('/glossary/care-order/', '/')).toBe('/glossary/care-order/');
  });

  it('decodes an href as a browser does', () => {
    expect(decodeHref(' /a?b=1&amp;c=2 ')).toBe('/a?b=1&c=2');
    expect(decodeHref('&#x6A;avascript:x')).toBe('javascript:x');
  });

  it('finds the lines where a link is written, and not where it is part of a longer one', () => {
    const text = 'one [a](/x/)\ntwo [b](/x/#y)\nthree [c](#y)\n  - href: /x/\n';
    expect(linesWithLink(text, '/x/')).toEqual([1, 4]);
    expect(linesWithLink(text, '/x/#y')).toEqual([2]);
    expect(linesWithLink(text, '#y')).toEqual([3]);
  });
});
