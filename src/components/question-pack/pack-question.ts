/** A question entry as a pack shows and exports it: the same shape on the static pages, in questions.json and in the builder. */
import type { CollectionEntry } from 'astro:content';
import { sourceById } from '../../content';
import { entryHref } from '../../lib/urls';
import type { PackQuestion } from './pack-text';

export function toPackQuestion(q: CollectionEntry<'questions'>): PackQuestion {
  return {
    id: q.id,
    title: q.data.title,
    url: entryHref('questions', q.id),
    whyItMatters: q.data.whyItMatters,
    prompts: q.data.prompts,
    evidence: q.data.evidence.map((e) => (e.dataset ? `${e.ask} (public data: ${e.dataset})` : e.ask)),
    goodAnswer: q.data.goodAnswer,
    sources: q.data.sources.map((s) => `${sourceById.get(s.source.id)?.data.shortTitle}, ${s.section}`),
    factsDate: q.data.factsDate,
  };
}
