/** Turns a question pack into Markdown and CSV. Pure functions: the builder and the tests share them. */
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

export function packToMarkdown(title: string, questions: PackQuestion[], origin: string): string {
  const lines = [`# ${title}`, '', `${questions.length} questions from the Permanence knowledge base.`, ''];
  questions.forEach((q, i) => {
    lines.push(`## ${i + 1}. ${q.title}`, '', `Why it matters: ${q.whyItMatters}`, '');
    if (q.prompts.length) lines.push('Prompts:', '', ...q.prompts.map((p) => `- ${p}`), '');
    lines.push('Evidence to request:', '', ...q.evidence.map((e) => `- ${e}`), '');
    lines.push(`What a good answer looks like: ${q.goodAnswer}`, '');
    lines.push('Answer and notes:', '', '', `Sources: ${q.sources.join('; ')}. Facts describe ${q.factsDate}.`, `Online: ${origin}${q.url}`, '');
  });
  return lines.join('\n');
}

export function packToCsv(questions: PackQuestion[], origin: string): string {
  const cell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
  const rows = [
    ['order', 'id', 'question', 'prompts', 'evidence', 'good_answer', 'sources', 'url'],
    ...questions.map((q, i) => [i + 1, q.id, q.title, q.prompts.join(' | '), q.evidence.join(' | '), q.goodAnswer, q.sources.join('; '), `${origin}${q.url}`]),
  ];
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Reads `?q=a,b,c` into ids, keeping order and dropping repeats and unknown ids. */
export function idsFromQuery(search: string, known: Set<string>): string[] {
  const raw = new URLSearchParams(search).get('q') ?? '';
  return [...new Set(raw.split(',').map((s) => s.trim()).filter((id) => known.has(id)))];
}
