/** Each collection's schema, by the name it has in `src/collections/registry.ts` (a missing one is a type error). */
import type { z } from 'astro/zod';
import type { CollectionName } from '../collections/registry';
import { CaseStudySchema } from './case-studies';
import { ChangeSchema } from './changes';
import { CouncilSchema } from './councils';
import { GlossarySchema } from './glossary';
import { GuideSchema } from './guides';
import { InspectionSchema } from './inspections';
import { LegislationSchema } from './legislation';
import { PermanenceSchema } from './permanence';
import { QuestionSchema } from './questions';
import { RecommendationSchema } from './recommendations';
import { SourceSchema } from './sources';
import { TrainingSchema } from './training';

export const SCHEMAS = {
  sources: SourceSchema,
  councils: CouncilSchema,
  inspections: InspectionSchema,
  recommendations: RecommendationSchema,
  permanence: PermanenceSchema,
  guides: GuideSchema,
  training: TrainingSchema,
  questions: QuestionSchema,
  'case-studies': CaseStudySchema,
  legislation: LegislationSchema,
  glossary: GlossarySchema,
  changes: ChangeSchema,
} satisfies Record<CollectionName, z.ZodType>;
