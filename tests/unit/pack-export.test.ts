import { describe, expect, it } from 'vitest';
import { packToCsv, packToMarkdown } from '../../src/components/question-pack/pack-export';
import { idsFromQuery, packFileName, shortGoodAnswer, type PackQuestion } from '../../src/components/question-pack/pack-text';
import { barLayout } from '../../src/lib/chart-layout';

const q = (id: string, title: string): PackQuestion => ({
  id,
  title,
  url: `/questions/${id}/`,
  whyItMatters: 'Because, "it" matters.',
  prompts: ['First prompt'],
  evidence: ['Some data'],
  goodAnswer: 'A good answer.',
  sources: ['LGA pack, KLOE 1'],
  factsDate: '2018',
});

describe('question pack exports', () => {
  it('writes Markdown with numbered questions and their parts', () => {
    const md = packToMarkdown('My pack', [q('a', 'Question A?'), q('b', 'Question B?')], 'https://x.test');
    expect(md).toMatch(/^# My pack\n/);
    expect(md).toContain('## 1. Question A?');
    expect(md).toContain('## 2. Question B?');
    expect(md).toContain('- First prompt');
    expect(md).toContain('Online: https://x.test/questions/b/');
  });

  it('writes CSV with a header, quoted cells and doubled quotes', () => {
    const csv = packToCsv([q('a', 'Question "A"?')], 'https://x.test');
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe('"order","id","question","prompts","evidence","good_answer","sources","url"');
    expect(row.startsWith('"1","a","Question ""A""?"')).toBe(true);
  });

  it('starts CSV with a UTF-8 byte order mark, so Excel reads dashes and curly quotes', () => {
    expect(packToCsv([q('a', 'A – “quoted”')], 'https://x.test').charCodeAt(0)).toBe(0xfeff);
  });

  it('reads ids from the URL in order, dropping repeats and unknown ids', () => {
    expect(idsFromQuery('?q=b,a,b,zzz', new Set(['a', 'b']))).toEqual(['b', 'a']);
  });

  it('reads ids as a form sends them (q=a&q=b)', () => {
    expect(idsFromQuery('?title=T&q=b&q=a&print=full', new Set(['a', 'b']))).toEqual(['b', 'a']);
  });

  it('names files after the pack, stopping at a whole word', () => {
    expect(packFileName('March committee: children’s voices')).toBe('march-committee-children-s-voices');
    expect(packFileName('Telford & Wrekin')).toBe('telford-and-wrekin');
    expect(packFileName('   ')).toBe('question-pack');
    const long = packFileName('ofsted-walsall-2017-9 Timely permanence and foster to adopt and much more besides');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toBe('ofsted-walsall-2017-9-timely-permanence-and-foster-to-adopt');
  });

  it('shortens what good looks like to whole opening sentences within 300 characters', () => {
    const text = `${'A first sentence of some length. '.repeat(5)}${'Later detail that will not fit. '.repeat(6)}`.trim();
    const short = shortGoodAnswer(text);
    expect(short.length).toBeLessThanOrEqual(300);
    expect(short.endsWith('.')).toBe(true);
    expect(text.startsWith(short)).toBe(true);
    expect(shortGoodAnswer('Only one sentence.')).toBe('Only one sentence.');
  });
});

describe('chart layout', () => {
  it('scales bars to the largest value', () => {
    const { bars, baseline } = barLayout([
      { label: '2015', value: 50 },
      { label: '2017', value: 100 },
    ]);
    expect(bars[1].height).toBe(bars[0].height * 2);
    expect(bars[1].y + bars[1].height).toBe(baseline);
  });
});
