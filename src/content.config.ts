import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CaseStudySchema } from './schemas/case-studies';
import { ChangeSchema } from './schemas/changes';
import { GlossarySchema } from './schemas/glossary';
import { GuideSchema } from './schemas/guides';
import { LegislationSchema } from './schemas/legislation';
import { PermanenceSchema } from './schemas/permanence';
import { QuestionSchema } from './schemas/questions';
import { RecommendationSchema } from './schemas/recommendations';
import { SourceSchema } from './schemas/sources';
import { TrainingSchema } from './schemas/training';
import { contentRoot } from './lib/content-root';

const from = (folder: string) => glob({ base: `${contentRoot()}/${folder}`, pattern: '**/*.{md,mdx}' });

export const collections = {
  sources: defineCollection({ loader: from('sources'), schema: SourceSchema }),
  recommendations: defineCollection({ loader: from('recommendations'), schema: RecommendationSchema }),
  permanence: defineCollection({ loader: from('permanence'), schema: PermanenceSchema }),
  glossary: defineCollection({ loader: from('glossary'), schema: GlossarySchema }),
  legislation: defineCollection({ loader: from('legislation'), schema: LegislationSchema }),
  questions: defineCollection({ loader: from('questions'), schema: QuestionSchema }),
  'case-studies': defineCollection({ loader: from('case-studies'), schema: CaseStudySchema }),
  guides: defineCollection({ loader: from('guides'), schema: GuideSchema }),
  training: defineCollection({ loader: from('training'), schema: TrainingSchema }),
  changes: defineCollection({ loader: from('changes'), schema: ChangeSchema }),
};
