import type { CollectionEntry } from 'astro:content';
import type { TracedEntry } from '../../content';
import { CHANGE_KINDS, CHANGE_STATUS } from '../../schemas/changes';
import { changeAnchor } from '../changes';
import { formatDate } from '../dates';
import { TYPE_LABELS } from '../../collections/registry';
import { SITE_NAME } from '../site';
import { entryHref, href } from '../urls';

/** Escapes text for XML element content and double-quoted attributes. */
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FeedEntry {
  title: string;
  url: string;
  updated: Date;
  category: string;
  summary: string;
}

/** Newest first; entries of the same day by title. */
export const byNewest = (entries: FeedEntry[]) =>
  [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title));

/**
 * The Atom feed, newest first: each page's latest review (dated by the review), and each change in law and policy
 * since the sources (dated by the change itself, not by when we wrote it up). Addresses are absolute.
 */
export function atomFeed(
  pages: TracedEntry[],
  site: URL | undefined,
  changes: CollectionEntry<'changes'>[] = [],
  editionName?: string,
): string {
  const abs = (path: string) => new URL(path, site).href;
  const reviews: FeedEntry[] = pages.map((p) => ({
    title: p.data.title,
    url: abs(entryHref(p.collection, p.id)),
    updated: p.data.lastReviewed,
    category: TYPE_LABELS[p.collection].one,
    summary: `${TYPE_LABELS[p.collection].one} reviewed. ${p.data.summary} Facts describe ${p.data.factsDate}.`,
  }));
  const lawChanges: FeedEntry[] = changes.map((c) => ({
    title: `Change in law and policy: ${c.data.title}`,
    url: abs(`${href('/changes/')}#${changeAnchor(c.id)}`),
    updated: c.data.date,
    category: `Change in law and policy: ${CHANGE_KINDS[c.data.kind]}`,
    summary: `${c.data.summary} Status: ${CHANGE_STATUS[c.data.status].toLowerCase()} when checked on ${formatDate(c.data.checked)}.`,
  }));
  const entries = byNewest([...lawChanges, ...reviews]);
  const updated = (entries[0]?.updated ?? new Date(0)).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(SITE_NAME)}${editionName ? ` (${escapeXml(editionName)} edition)` : ''}: content changes and changes in the law</title>
  <link href="${escapeXml(abs(href('/feed.xml')))}" rel="self"/>
  <link href="${escapeXml(abs(href('/')))}"/>
  <id>${escapeXml(abs(href('/')))}</id>
  <updated>${updated}</updated>
  <author><name>${escapeXml(SITE_NAME)} editors</name></author>
${entries
  .map(
    (e) => `  <entry>
    <title>${escapeXml(e.title)}</title>
    <link href="${escapeXml(e.url)}"/>
    <id>${escapeXml(e.url)}</id>
    <updated>${e.updated.toISOString()}</updated>
    <category term="${escapeXml(e.category)}"/>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}
