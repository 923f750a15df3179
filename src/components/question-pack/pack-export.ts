/** Turns a question pack into Markdown and CSV, and names its files. Pure functions: the pages, the builder and the tests share them. */
import { toCsv } from '../../lib/csv';

export interface PackQuestion {
  id: string;
  title: string;
  url: string;
  whyItMatters: string;
  prompts: string[];
  evidence: string[];
  goodAnswer: string;
  sources: string[];
  factsDate: string;
}

/** The longest run of whole opening sentences within `limit` characters (at least the first sentence): two or three printed lines. */
export function shortGoodAnswer(text: string, limit = 300): string {
  const sentences = text.match(/[^.!?]+(?:[.!?]+["”’)]*|$)(?:\s+|$)/g) ?? [text];
  let out = sentences[0].trim();
  for (const s of sentences.slice(1)) {
    if (`${out} ${s.trim()}`.length > limit) break;
    out = `${out} ${s.trim()}`;
  }
  return out;
}

/** A file name made from the pack's name: "March committee" → "march-committee". */
export function packFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // Long names stop at the last whole word within 60 characters.
  const short = slug.length > 60 ? slug.slice(0, 61).replace(/-[^-]*$/, '') : slug;
  return short || 'question-pack';
}

/** `start` numbers the first question, for a part of a longer pack. */
export function packToMarkdown(title: string, questions: PackQuestion[], origin: string, start = 1): string {
  const lines = [`# ${title}`, '', `${questions.length} ${questions.length === 1 ? 'question' : 'questions'} from the Permanence knowledge base.`, ''];
  questions.forEach((q, i) => {
    lines.push(`## ${start + i}. ${q.title}`, '', `Why it matters: ${q.whyItMatters}`, '');
    if (q.prompts.length) lines.push('Prompts:', '', ...q.prompts.map((p) => `- ${p}`), '');
    lines.push('Evidence to ask for:', '', ...q.evidence.map((e) => `- [ ] ${e}`), '');
    lines.push(`What a good answer looks like: ${q.goodAnswer}`, '');
    lines.push('Answer and notes:', '', '', `Sources: ${q.sources.join('; ')}. Facts describe ${q.factsDate}.`, `Online: ${origin}${q.url}`, '');
  });
  return lines.join('\n');
}

export function packToCsv(questions: PackQuestion[], origin: string, start = 1): string {
  return toCsv([
    ['order', 'id', 'question', 'prompts', 'evidence', 'good_answer', 'sources', 'url'],
    ...questions.map((q, i) => [start + i, q.id, q.title, q.prompts.join(' | '), q.evidence.join(' | '), q.goodAnswer, q.sources.join('; '), `${origin}${q.url}`]),
  ]);
}

/** Reads `?q=a,b,c` (or `?q=a&q=b`, as a form sends it) into ids, keeping order and dropping repeats and unknown ids. */
export function idsFromQuery(search: string, known: Set<string>): string[] {
  const raw = new URLSearchParams(search).getAll('q').flatMap((v) => v.split(','));
  return [...new Set(raw.map((s) => s.trim()).filter((id) => known.has(id)))];
}
