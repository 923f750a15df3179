import { describe, expect, it } from 'vitest';
import { datesAsWritten, fileProblem, lineOfField, readAsWritten } from '../../src/lib/frontmatter';

const file = `---
title: A page
lastReviewed: 2026-13-45
selfCheck:
  - question: First?
    options: [a, b]
    answer: 0
  - question: "Second?"
    options:
      - a
      - b
    answer: 9
sources:
  - source: doc
    section: One
---

Body text.
`;

describe('frontmatter read as written', () => {
  it('keeps dates as the text written, so an impossible date can be seen', () => {
    expect(readAsWritten(file).lastReviewed).toBe('2026-13-45');
  });

  it('replaces only Dates with the text written', () => {
    const astro = { title: 'A page', lastReviewed: new Date(Date.UTC(2027, 1, 14)), sources: [{ source: 'doc', section: 'One' }], n: 3 };
    expect(datesAsWritten(astro, readAsWritten(file))).toEqual({
      title: 'A page',
      lastReviewed: '2026-13-45',
      sources: [{ source: 'doc', section: 'One' }],
      n: 3,
    });
  });

  it('finds the line of a field, however deep', () => {
    expect(lineOfField(file, ['title'])).toBe(2);
    expect(lineOfField(file, ['lastReviewed'])).toBe(3);
    expect(lineOfField(file, ['selfCheck', 0, 'answer'])).toBe(7);
    expect(lineOfField(file, ['selfCheck', 1, 'answer'])).toBe(12);
    expect(lineOfField(file, ['selfCheck', 1, 'options', 1])).toBe(11);
    expect(lineOfField(file, ['sources', 0, 'section'])).toBe(15);
  });

  it('falls back to the nearest parent that is written', () => {
    expect(lineOfField(file, ['sources', 0, 'url'])).toBe(14);
    expect(lineOfField(file, ['summary'])).toBeUndefined();
  });
});

describe('problems with the file itself', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('passes UTF-8 text, tabs and Windows line ends included', () => {
    expect(fileProblem(bytes('---\r\ntitle: Café\t“quoted”\r\n---\r\n'))).toBeUndefined();
  });

  it('finds an empty file, or one of only blank lines', () => {
    expect(fileProblem(new Uint8Array())?.message).toMatch(/^the file is empty/);
    expect(fileProblem(bytes('\n  \n'))?.message).toMatch(/^the file is empty/);
  });

  it('finds bytes that are not UTF-8, with their line', () => {
    expect(fileProblem(new Uint8Array([...bytes('---\ntitle: caf'), 0xe9, ...bytes('\n---\n')]))).toEqual({
      line: 2,
      message: expect.stringMatching(/not UTF-8 text/),
    });
  });

  it('finds an invisible control character, naming it and its line', () => {
    expect(fileProblem(bytes('---\ntitle: a\n---\n\nBody \u0007text\n'))).toEqual({
      line: 5,
      message: expect.stringContaining('(U+0007)'),
    });
  });
});
