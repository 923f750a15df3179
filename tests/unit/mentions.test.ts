import { describe, expect, it } from 'vitest';
import type { TracedEntry } from '../../src/content';
import { pagesMentioning } from '../../src/lib/mentions';

/** Only the fields the matcher reads. */
const page = (collection: string, id: string, title: string, summary = 'A summary.', body?: string) =>
  ({ collection, id, body, data: { title, summary } }) as unknown as TracedEntry;
const ids = (pages: TracedEntry[]) => pages.map((p) => p.id);

const POOL = [
  page('permanence', 'sgo', 'Special guardianship', 'What an SGO does.'),
  page('guides', 'lower', 'A guide', 'Says sgo in lower case.'),
  page('glossary', 'plural', 'Orders', 'Several SGOs were made.'),
  page('questions', 'body', 'A question', 'Nothing here.', 'The body mentions Special Guardianship by name.'),
  page('legislation', 'section', 'An Act', 'Under S.20 of the Act.'),
  page('case-studies', 'camhs', 'Health', 'Mentions camhs, camhsx and Looked-after children.'),
];

describe('pages mentioning a name', () => {
  it('match short capital names by case, as whole words', () => {
    expect(ids(pagesMentioning(['SGO'], POOL))).toEqual(['sgo']);
  });

  it('match other names whatever the case, in the title, summary or body', () => {
    expect(ids(pagesMentioning(['special guardianship'], POOL))).toEqual(['sgo', 'body']);
    expect(ids(pagesMentioning(['an act'], POOL))).toEqual(['section']);
    expect(ids(pagesMentioning(['LOOKED-AFTER'], POOL))).toEqual(['camhs']);
  });

  it('match any of several names, short capital ones and others alike', () => {
    expect(ids(pagesMentioning(['LAC', 'SGO'], POOL))).toEqual(['sgo']);
    expect(ids(pagesMentioning(['an act', 'orders'], POOL))).toEqual(['plural', 'section']);
  });

  it('match a short name that is not all capitals whatever its case', () => {
    expect(ids(pagesMentioning(['act'], POOL))).toEqual(['section']);
  });

  it('trim names before judging their length', () => {
    expect(pagesMentioning([' PA '], [page('guides', 'pa', 'Ask the PA role holder')])).toEqual([]);
  });

  it('treat a name as text, not a pattern', () => {
    expect(ids(pagesMentioning(['S.20'], [...POOL, page('guides', 'dot', 'X', 'Under S120.')]))).toEqual(['section']);
  });

  it('ignore names shorter than three characters and give nothing when none is left', () => {
    expect(pagesMentioning(['Or', '  a  ', ''], POOL)).toEqual([]);
    expect(pagesMentioning([], POOL)).toEqual([]);
  });

  it('treat a five-letter capital name as case-sensitive and a six-letter one as not', () => {
    expect(ids(pagesMentioning(['CAMHS'], POOL))).toEqual([]);
    expect(ids(pagesMentioning(['CAMHSX'], POOL))).toEqual(['camhs']);
  });

  it('leave out the page itself, matched by collection and id together', () => {
    expect(ids(pagesMentioning(['SGO', 'special guardianship'], POOL, { collection: 'permanence', id: 'sgo' }))).toEqual(['body']);
    expect(ids(pagesMentioning(['SGO'], POOL, { collection: 'glossary', id: 'sgo' }))).toEqual(['sgo']);
    expect(ids(pagesMentioning(['SGO'], POOL, { collection: 'permanence', id: 'other' }))).toEqual(['sgo']);
  });
});
