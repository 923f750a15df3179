/** Turns a question pack into Markdown and CSV. Loaded when someone downloads; the pages, the builder and the tests share it. */
import { toCsv } from '../../lib/csv';
import type { PackQuestion } from './pack-text';

/** `start` numbers the first question, for a part of a longer pack. */
export function packToMarkdown(title: string, questions: PackQuestion[], origin: string, start = 1): string {
  const lines = [
    `# ${title}`,
    '',
    `${questions.length} ${questions.length === 1 ? 'question' : 'questions'} from the Permanence knowledge base.`,
    '',
  ];
  questions.forEach((q, i) => {
    lines.push(`## ${start + i}. ${q.title}`, '', `Why it matters: ${q.whyItMatters}`, '');
    if (q.prompts.length) lines.push('Prompts:', '', ...q.prompts.map((p) => `- ${p}`), '');
    lines.push('Evidence to ask for:', '', ...q.evidence.map((e) => `- [ ] ${e}`), '');
    lines.push(`What a good answer looks like: ${q.goodAnswer}`, '');
    lines.push(
      'Answer and notes:',
      '',
      '',
      `Sources: ${q.sources.join('; ')}. Facts describe ${q.factsDate}.`,
      `Online: ${origin}${q.url}`,
      '',
    );
  });
  return lines.join('\n');
}

export function packToCsv(questions: PackQuestion[], origin: string, start = 1): string {
  return toCsv([
    ['order', 'id', 'question', 'prompts', 'evidence', 'good_answer', 'sources', 'url'],
    ...questions.map((q, i) => [
      start + i,
      q.id,
      q.title,
      q.prompts.join(' | '),
      q.evidence.join(' | '),
      q.goodAnswer,
      q.sources.join('; '),
      `${origin}${q.url}`,
    ]),
  ]);
}
