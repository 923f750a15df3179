import { defineCollection } from 'astro:content';
import { CaseStudySchema } from './schemas/case-studies';
import { ChangeSchema } from './schemas/changes';
import { withPageRules } from './schemas/common';
import { GlossarySchema } from './schemas/glossary';
import { GuideSchema } from './schemas/guides';
import { LegislationSchema } from './schemas/legislation';
import { PermanenceSchema } from './schemas/permanence';
import { QuestionSchema } from './schemas/questions';
import { RecommendationSchema } from './schemas/recommendations';
import { SourceSchema } from './schemas/sources';
import { TrainingSchema } from './schemas/training';
import { contentRoot } from './lib/content-root';
import { checkedGlob } from './loaders/checked-glob';

/** Every collection is read with checkedGlob(): dates as written, every file checked, all problems listed at once. */
const from = (folder: string) => checkedGlob({ base: `${contentRoot()}/${folder}`, pattern: '**/*.{md,mdx}' });

export const collections = {
  sources: defineCollection({ loader: from('sources'), schema: SourceSchema }),
  recommendations: defineCollection({ loader: from('recommendations'), schema: RecommendationSchema }),
  permanence: defineCollection({ loader: from('permanence'), schema: withPageRules(PermanenceSchema) }),
  glossary: defineCollection({ loader: from('glossary'), schema: withPageRules(GlossarySchema) }),
  legislation: defineCollection({ loader: from('legislation'), schema: withPageRules(LegislationSchema) }),
  questions: defineCollection({ loader: from('questions'), schema: withPageRules(QuestionSchema) }),
  'case-studies': defineCollection({ loader: from('case-studies'), schema: withPageRules(CaseStudySchema) }),
  guides: defineCollection({ loader: from('guides'), schema: withPageRules(GuideSchema) }),
  training: defineCollection({ loader: from('training'), schema: withPageRules(TrainingSchema) }),
  changes: defineCollection({ loader: from('changes'), schema: ChangeSchema }),
};
