import type { PagedCollection } from './urls';

/** How each collection is named to readers (search filter "type", lists, breadcrumbs). */
export const TYPE_LABELS: Record<PagedCollection, { one: string; many: string }> = {
  permanence: { one: 'Permanence option', many: 'Permanence options' },
  glossary: { one: 'Glossary term', many: 'Glossary' },
  legislation: { one: 'Law and guidance', many: 'Law and guidance' },
  questions: { one: 'Question', many: 'Questions' },
  'case-studies': { one: 'Case study', many: 'Case studies' },
  guides: { one: 'Guide', many: 'Guides' },
  training: { one: 'Induction module', many: 'Induction' },
  recommendations: { one: 'Recommendation', many: 'Recommendations' },
  sources: { one: 'Source document', many: 'Sources' },
};
