/** A pack question's shape, and the small text helpers the pages and the builder need as soon as they load. */
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

/** Reads `?q=a,b,c` (or `?q=a&q=b`, as a form sends it) into ids, keeping order and dropping repeats and unknown ids. */
export function idsFromQuery(search: string, known: Set<string>): string[] {
  const raw = new URLSearchParams(search).getAll('q').flatMap((v) => v.split(','));
  return [...new Set(raw.map((s) => s.trim()).filter((id) => known.has(id)))];
}
