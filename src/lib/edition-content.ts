/**
 * What an edition does to the loaded content, kept apart from the Astro queries so tests can call it:
 * the support recommendations declare for national pages, and the report of what an edition build left out.
 */
import { leftOutRecommendation, recommendationEditions, type LeftOut } from './editions';

interface Reference {
  id: string;
  collection: string;
}

interface PageLike {
  id: string;
  collection: string;
  data: { recommendations: Reference[] };
}

interface RecommendationLike {
  id: string;
  data: { supportedBy: Array<Record<string, Reference>> };
}

/**
 * Each page with the recommendations that name it in their `supportedBy` added to its own `recommendations`, so the
 * spine, the matrix, packs and exports see one list. Pages no recommendation names are returned as they are.
 */
export function withSupportFromRecommendations<T extends PageLike>(pages: T[], recommendations: RecommendationLike[]): T[] {
  const named = new Map<string, string[]>();
  for (const rec of recommendations) {
    for (const item of rec.data.supportedBy) {
      for (const [collection, ref] of Object.entries(item)) {
        const key = `${collection}/${ref.id}`;
        named.set(key, [...(named.get(key) ?? []), rec.id]);
      }
    }
  }
  return pages.map((page) => {
    const extra = (named.get(`${page.collection}/${page.id}`) ?? []).filter((id) => !page.data.recommendations.some((r) => r.id === id));
    if (extra.length === 0) return page;
    return {
      ...page,
      data: {
        ...page.data,
        recommendations: [...page.data.recommendations, ...extra.map((id) => ({ id, collection: 'recommendations' }))],
      },
    };
  });
}

/** Root-relative links written in Markdown or MDX text: `[text](/path/)` and `href="/path/"`. */
export function linksInText(body: string): string[] {
  return [...body.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)].map((m) => m[1] ?? m[2]);
}

interface EditionEntry {
  id: string;
  collection: string;
  body?: string;
  data: { leftOut?: LeftOut[] };
}

/** Links in page text to other councils' recommendations: the Markdown processor unwraps them (rehype-edition-links). */
export function leftOutLinks(entries: EditionEntry[], keeps: (id: string) => boolean): Array<{ entry: string; id: string }> {
  return entries.flatMap((e) =>
    linksInText(e.body ?? '')
      .map((href) => leftOutRecommendation(href, keeps))
      .filter((id): id is string => !!id)
      .map((id) => ({ entry: `${e.collection}/${e.id}`, id })),
  );
}

/**
 * The build log's account of an edition: what it holds, and every reference or link to another council's
 * recommendation it left out, counted, with the councils they belong to.
 */
export function leftOutReport(
  edition: string,
  {
    councils,
    inspections,
    recommendations,
    entries,
  }: { councils: Array<{ data: { name: string } }>; inspections: unknown[]; recommendations: unknown[]; entries: EditionEntry[] },
  owners = recommendationEditions(),
): string {
  const keeps = (id: string) => owners.get(id) === undefined || owners.get(id) === edition;
  const fields = entries.flatMap((e) => (e.data.leftOut ?? []).map((l) => ({ entry: `${e.collection}/${e.id}`, id: l.id })));
  const links = leftOutLinks(entries, keeps);
  const all = [...fields, ...links];
  const byCouncil = new Map<string, Set<string>>();
  for (const { id } of all) {
    const owner = owners.get(id) ?? '?';
    byCouncil.set(owner, new Set([...(byCouncil.get(owner) ?? []), id]));
  }
  const name = councils[0]?.data.name ?? edition;
  const lines = [
    `[edition] ${edition} (${name}): ${inspections.length} inspection(s), ${recommendations.length} recommendation(s), with the national pages.`,
  ];
  if (all.length === 0) lines.push('[edition] Left out: nothing (no page names another council’s recommendation).');
  else {
    const entriesTouched = new Set(all.map((x) => x.entry)).size;
    const councilsList = [...byCouncil].map(([council, ids]) => `${council}: ${ids.size}`).join(', ');
    lines.push(
      `[edition] Left out, as they belong to other councils' editions: ${fields.length} reference(s) in frontmatter and ${links.length} link(s) in page text, on ${entriesTouched} page(s), to ${new Set(all.map((x) => x.id)).size} recommendation(s) (${councilsList}).`,
    );
  }
  return lines.join('\n');
}
