import type { APIRoute, GetStaticPaths } from 'astro';
import { recommendationPacks, topicPacks, type StaticPackPart } from '../../../../components/question-pack/static-packs';
import { packToCsv, packToMarkdown } from '../../../../components/question-pack/pack-export';

/** Each ready-made pack part as Markdown and as CSV, named after the pack: the downloads that work without JavaScript. */
export const getStaticPaths = (() =>
  [...recommendationPacks, ...topicPacks].flatMap((pack) => [
    { params: { file: `${pack.fileName}.md` }, props: { pack, format: 'md' as const } },
    { params: { file: `${pack.fileName}.csv` }, props: { pack, format: 'csv' as const } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ pack: StaticPackPart; format: 'md' | 'csv' }> = ({ props, site }) => {
  const { pack, format } = props;
  const origin = new URL(site!).origin;
  return format === 'md'
    ? new Response(packToMarkdown(pack.fullTitle, pack.questions, origin, pack.start), {
        headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
      })
    : new Response(packToCsv(pack.questions, origin, pack.start), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
