import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CaseStudySchema } from './schemas/case-studies';
import { ChangeSchema } from './schemas/changes';
import { CouncilSchema } from './schemas/councils';
import { withEditionScope } from './schemas/edition-scope';
import { GlossarySchema } from './schemas/glossary';
import { GuideSchema } from './schemas/guides';
import { InspectionSchema } from './schemas/inspections';
import { LegislationSchema } from './schemas/legislation';
import { PermanenceSchema } from './schemas/permanence';
import { QuestionSchema } from './schemas/questions';
import { RecommendationSchema } from './schemas/recommendations';
import { SourceSchema } from './schemas/sources';
import { TrainingSchema } from './schemas/training';
import { contentRoot } from './lib/content-root';
import { EDITIONS_FOLDER, editionPattern, editionsDir, entryIdFromPath } from './lib/editions';

const from = (folder: string) => glob({ base: `${contentRoot()}/${folder}`, pattern: '**/*.{md,mdx}' });

/**
 * Councils, inspections and recommendations live in `content/editions/<council>/`: every council in the full site,
 * one council when EDITION is set. Ids stay the file names (the council's id is its folder name).
 */
const fromEditions = (part: 'inspections' | 'recommendations') =>
  glob({ base: editionsDir(), pattern: editionPattern(part), generateId: ({ entry }) => entryIdFromPath(entry) });
/** Sources: the national ones in `content/sources/`, and each edition's own reports in `content/editions/<council>/sources/`. */
const sourceFiles = glob({
  base: contentRoot(),
  pattern: ['sources/**/*.{md,mdx}', `${EDITIONS_FOLDER}/${editionPattern('sources')}`],
  generateId: ({ entry }) => entryIdFromPath(entry),
});
const councilFiles = glob({ base: editionsDir(), pattern: editionPattern('council'), generateId: ({ entry }) => entry.split('/')[0] });

export const collections = {
  sources: defineCollection({ loader: sourceFiles, schema: SourceSchema }),
  councils: defineCollection({ loader: councilFiles, schema: CouncilSchema }),
  inspections: defineCollection({ loader: fromEditions('inspections'), schema: InspectionSchema }),
  recommendations: defineCollection({ loader: fromEditions('recommendations'), schema: withEditionScope(RecommendationSchema) }),
  permanence: defineCollection({ loader: from('permanence'), schema: withEditionScope(PermanenceSchema) }),
  glossary: defineCollection({ loader: from('glossary'), schema: withEditionScope(GlossarySchema) }),
  legislation: defineCollection({ loader: from('legislation'), schema: withEditionScope(LegislationSchema) }),
  questions: defineCollection({ loader: from('questions'), schema: withEditionScope(QuestionSchema) }),
  'case-studies': defineCollection({ loader: from('case-studies'), schema: withEditionScope(CaseStudySchema) }),
  guides: defineCollection({ loader: from('guides'), schema: withEditionScope(GuideSchema) }),
  training: defineCollection({ loader: from('training'), schema: withEditionScope(TrainingSchema) }),
  changes: defineCollection({ loader: from('changes'), schema: ChangeSchema }),
};
