import { defineCollection } from 'astro:content';
import { CaseStudySchema } from './schemas/case-studies';
import { ChangeSchema } from './schemas/changes';
import { withPageRules } from './schemas/common';
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
import { checkedGlob } from './loaders/checked-glob';
import { EDITIONS_FOLDER, editionPattern, editionsDir, entryIdFromPath } from './lib/editions';

/** Every collection is read with checkedGlob(): dates as written, every file checked, all problems listed at once. */
const from = (folder: string) => checkedGlob({ base: `${contentRoot()}/${folder}`, pattern: '**/*.{md,mdx}' });

/**
 * Councils, inspections and recommendations live in `content/editions/<council>/`: every council in the full site,
 * one council when EDITION is set. Ids stay the file names (the council's id is its folder name).
 */
const fromEditions = (part: 'inspections' | 'recommendations') =>
  checkedGlob({ base: editionsDir(), pattern: editionPattern(part), generateId: ({ entry }) => entryIdFromPath(entry) });
/** Sources: the national ones in `content/sources/`, and each edition's own reports in `content/editions/<council>/sources/`. */
const sourceFiles = checkedGlob({
  base: contentRoot(),
  pattern: ['sources/**/*.{md,mdx}', `${EDITIONS_FOLDER}/${editionPattern('sources')}`],
  generateId: ({ entry }) => entryIdFromPath(entry),
});
const councilFiles = checkedGlob({ base: editionsDir(), pattern: editionPattern('council'), generateId: ({ entry }) => entry.split('/')[0] });

export const collections = {
  sources: defineCollection({ loader: sourceFiles, schema: SourceSchema }),
  councils: defineCollection({ loader: councilFiles, schema: CouncilSchema }),
  inspections: defineCollection({ loader: fromEditions('inspections'), schema: InspectionSchema }),
  recommendations: defineCollection({ loader: fromEditions('recommendations'), schema: withEditionScope(RecommendationSchema) }),
  permanence: defineCollection({ loader: from('permanence'), schema: withEditionScope(withPageRules(PermanenceSchema)) }),
  glossary: defineCollection({ loader: from('glossary'), schema: withEditionScope(withPageRules(GlossarySchema)) }),
  legislation: defineCollection({ loader: from('legislation'), schema: withEditionScope(withPageRules(LegislationSchema)) }),
  questions: defineCollection({ loader: from('questions'), schema: withEditionScope(withPageRules(QuestionSchema)) }),
  'case-studies': defineCollection({ loader: from('case-studies'), schema: withEditionScope(withPageRules(CaseStudySchema)) }),
  guides: defineCollection({ loader: from('guides'), schema: withEditionScope(withPageRules(GuideSchema)) }),
  training: defineCollection({ loader: from('training'), schema: withEditionScope(withPageRules(TrainingSchema)) }),
  changes: defineCollection({ loader: from('changes'), schema: ChangeSchema }),
};
