/**
 * The ready-made packs: one for each recommendation and each topic that has questions, in parts of at most
 * ten questions (a part prints on six A4 pages or fewer and keeps the page light). Pages and downloads share this list.
 */
import { recommendations } from '../../content';
import { questionsForRecommendation, questionsForTopic } from '../../lib/question-index';
import { partPaths } from '../../lib/pack-parts';
import { recommendationName } from '../../lib/inspections';
import { TOPICS, TOPIC_IDS } from '../../schemas/topics';
import { packFileName, type PackQuestion } from './pack-text';
import { toPackQuestion } from './pack-question';

export interface StaticPackPart {
  kind: 'recommendation' | 'topic';
  /** The recommendation id or topic id. */
  key: string;
  title: string;
  caption: string;
  intro: string;
  description: string;
  /** What the pack is for, as the printed first page names it. */
  about: { label: string; text: string; path?: string };
  /** Every question of the pack, and this part's questions. */
  all: PackQuestion[];
  questions: PackQuestion[];
  part: number;
  parts: Array<{ part: number; path: string }>;
  /** The pack's own path (part 1), and this part's. */
  packPath: string;
  path: string;
  /** The title downloads carry: caption, title and part. */
  fullTitle: string;
  /** Downloads are named after the pack: "<this>.md", "<this>.csv". */
  fileName: string;
  /** Number of this part's first question within the pack. */
  start: number;
}

function partsOfPack(
  base: Omit<StaticPackPart, 'questions' | 'part' | 'parts' | 'path' | 'fullTitle' | 'fileName' | 'start'>,
  fileBase: string,
): StaticPackPart[] {
  const parts = partPaths(base.all, base.packPath);
  return parts.map((p, i) => ({
    ...base,
    questions: p.items,
    part: p.part,
    parts: parts.map(({ part, path }) => ({ part, path })),
    path: p.path,
    fullTitle: parts.length > 1 ? `${base.caption}: ${base.title} (part ${p.part} of ${parts.length})` : `${base.caption}: ${base.title}`,
    fileName: parts.length > 1 ? `${packFileName(fileBase)}-part-${p.part}` : packFileName(fileBase),
    start: i * (parts[0]?.items.length ?? 0) + 1,
  }));
}

const count = (n: number) => `${n} ${n === 1 ? 'question' : 'questions'}`;

export const recommendationPacks: StaticPackPart[] = recommendations.flatMap((rec) => {
  const all = questionsForRecommendation(rec.id).map(toPackQuestion);
  return partsOfPack(
    {
      kind: 'recommendation',
      key: rec.id,
      title: rec.data.title,
      caption: `Question pack for ${recommendationName(rec.data)}`,
      intro: `${count(all.length)} that bear on this recommendation (${rec.id}). ${rec.data.summary}`,
      description: `Questions for scrutiny on ${rec.data.title} (${rec.id}), ready to choose from and print.`,
      about: { label: 'Recommendation', text: `${recommendationName(rec.data)}, ${rec.data.title}`, path: `/recommendations/${rec.id}/` },
      all,
      packPath: `/questions/pack/recommendation/${rec.id}/`,
    },
    `${rec.id} ${rec.data.title}`,
  );
});

export const topicPacks: StaticPackPart[] = TOPIC_IDS.flatMap((topic) => {
  const all = questionsForTopic(topic).map(toPackQuestion);
  const label = TOPICS[topic];
  return partsOfPack(
    {
      kind: 'topic',
      key: topic,
      title: label,
      caption: 'Question pack by topic',
      intro: `${count(all.length)} on this topic, with prompts, the evidence to ask for and room for notes.`,
      description: `Scrutiny questions on ${label.toLowerCase()}, ready to choose from and print.`,
      about: { label: 'Topic', text: label },
      all,
      packPath: `/questions/pack/topic/${topic}/`,
    },
    `questions on ${label}`,
  );
});

/** The route parameter of a part: none for part 1, "2", "3"… after it. */
export const partParam = (part: number) => (part === 1 ? undefined : String(part));
