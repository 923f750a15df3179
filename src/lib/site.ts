/** Names and navigation used across the site chrome. */
export const SITE_NAME = 'Permanence knowledge base';
export const SITE_TAGLINE = 'For corporate parents in English councils';

export const PRIMARY_NAV = [
  { path: '/permanence/', label: 'Permanence options' },
  { path: '/training/', label: 'Induction' },
  { path: '/questions/', label: 'Questions' },
  { path: '/recommendations/', label: 'Recommendations' },
  { path: '/glossary/', label: 'Glossary' },
  { path: '/legislation/', label: 'Law' },
  { path: '/case-studies/', label: 'Case studies' },
  { path: '/guides/', label: 'Guides' },
] as const;
