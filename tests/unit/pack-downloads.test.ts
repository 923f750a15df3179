/** The pack builder's Markdown and CSV downloads, compared line by line and cell by cell with the questions. */
import { describe, expect, it } from 'vitest';
import { packToCsv, packToMarkdown } from '../../src/components/question-pack/pack-export';
import { idsFromQuery, type PackQuestion } from '../../src/components/question-pack/pack-text';
import { csvRecords } from './harness/parse';

const Q1: PackQuestion = {
  id: 'q-plans',
  title: 'How fast are "permanence" plans made?',
  url: '/kb/questions/q-plans/',
  whyItMatters: 'Children wait, so ask.',
  prompts: ['Who signs it off?', 'What if it slips, and when?'],
  evidence: ['The tracker (public data: SSDA903)', 'Panel minutes'],
  goodAnswer: 'Every child has a plan by the second review.',
  sources: ['LGA pack, KLOE 2', 'Ofsted 2017, paragraph 9'],
  factsDate: '2018',
};
const Q2: PackQuestion = {
  ...Q1,
  id: 'q-voice',
  title: 'How are children heard?',
  url: '/kb/questions/q-voice/',
  prompts: [],
  evidence: ['IRO report'],
  sources: ['LGA pack, KLOE 1'],
  factsDate: '2018 to 2020',
};

describe('pack Markdown', () => {
  it('writes the title, the count, then each question numbered with all its parts', () => {
    expect(packToMarkdown('My pack', [Q1, Q2], 'https://site.example').split('\n')).toEqual([
      '# My pack',
      '',
      '2 questions from the Permanence knowledge base.',
      '',
      '## 1. How fast are "permanence" plans made?',
      '',
      'Why it matters: Children wait, so ask.',
      '',
      'Prompts:',
      '',
      '- Who signs it off?',
      '- What if it slips, and when?',
      '',
      'Evidence to ask for:',
      '',
      '- [ ] The tracker (public data: SSDA903)',
      '- [ ] Panel minutes',
      '',
      'What a good answer looks like: Every child has a plan by the second review.',
      '',
      'Answer and notes:',
      '',
      '',
      'Sources: LGA pack, KLOE 2; Ofsted 2017, paragraph 9. Facts describe 2018.',
      'Online: https://site.example/kb/questions/q-plans/',
      '',
      '## 2. How are children heard?',
      '',
      'Why it matters: Children wait, so ask.',
      '',
      'Evidence to ask for:',
      '',
      '- [ ] IRO report',
      '',
      'What a good answer looks like: Every child has a plan by the second review.',
      '',
      'Answer and notes:',
      '',
      '',
      'Sources: LGA pack, KLOE 1. Facts describe 2018 to 2020.',
      'Online: https://site.example/kb/questions/q-voice/',
      '',
    ]);
  });

  it('still says how many questions an empty pack has', () => {
    expect(packToMarkdown('Empty', [], 'https://site.example')).toBe('# Empty\n\n0 questions from the Permanence knowledge base.\n');
  });
});

describe('pack CSV', () => {
  it('has one row per question, numbered in pack order, each cell from the question', () => {
    const text = packToCsv([Q1, Q2], 'https://site.example');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(csvRecords(text)).toEqual([
      {
        order: '1',
        id: 'q-plans',
        question: 'How fast are "permanence" plans made?',
        prompts: 'Who signs it off? | What if it slips, and when?',
        evidence: 'The tracker (public data: SSDA903) | Panel minutes',
        good_answer: 'Every child has a plan by the second review.',
        sources: 'LGA pack, KLOE 2; Ofsted 2017, paragraph 9',
        url: 'https://site.example/kb/questions/q-plans/',
      },
      {
        order: '2',
        id: 'q-voice',
        question: 'How are children heard?',
        prompts: '',
        evidence: 'IRO report',
        good_answer: 'Every child has a plan by the second review.',
        sources: 'LGA pack, KLOE 1',
        url: 'https://site.example/kb/questions/q-voice/',
      },
    ]);
  });

  it('quotes every cell and doubles quotes', () => {
    expect(packToCsv([Q2], 'https://s.example').split('\r\n')[1]).toBe(
      '"1","q-voice","How are children heard?","","IRO report","Every child has a plan by the second review.","LGA pack, KLOE 1","https://s.example/kb/questions/q-voice/"',
    );
    expect(packToCsv([Q1], 'https://s.example')).toContain('"How fast are ""permanence"" plans made?"');
  });
});

describe('pack address', () => {
  it('reads ids in order, trimmed, without repeats, blanks or unknown ids', () => {
    const known = new Set(['q-voice', 'q-plans', 'q-records']);
    expect(idsFromQuery('?q=q-records,%20q-voice%20,,q-records,zzz,q-plans', known)).toEqual(['q-records', 'q-voice', 'q-plans']);
    expect(idsFromQuery('?other=q-voice', known)).toEqual([]);
    expect(idsFromQuery('', known)).toEqual([]);
  });
});
