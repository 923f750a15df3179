import type { TracedEntry } from '../../content';
import { TYPE_LABELS } from '../page-types';
import { SITE_NAME } from '../site';
import { entryHref, href } from '../urls';

/** Escapes text for XML element content and double-quoted attributes. */
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Pages by latest review, newest first; pages reviewed the same day by title. */
export function byLatestReview(pages: TracedEntry[]): TracedEntry[] {
  return [...pages].sort((a, b) => b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime() || a.data.title.localeCompare(b.data.title));
}

/** The Atom feed of content changes: one entry per page, at its latest review, with absolute addresses. */
export function atomFeed(pages: TracedEntry[], site: URL | undefined): string {
  const abs = (path: string) => new URL(path, site).href;
  const sorted = byLatestReview(pages);
  const updated = (sorted[0]?.data.lastReviewed ?? new Date(0)).toISOString();
  const entries = sorted.map((p) => {
    const url = abs(entryHref(p.collection, p.id));
    return `  <entry>
    <title>${escapeXml(p.data.title)}</title>
    <link href="${escapeXml(url)}"/>
    <id>${escapeXml(url)}</id>
    <updated>${p.data.lastReviewed.toISOString()}</updated>
    <category term="${escapeXml(TYPE_LABELS[p.collection].one)}"/>
    <summary>${escapeXml(`${TYPE_LABELS[p.collection].one} reviewed. ${p.data.summary} Facts describe ${p.data.factsDate}.`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(SITE_NAME)}: content changes</title>
  <link href="${escapeXml(abs(href('/feed.xml')))}" rel="self"/>
  <link href="${escapeXml(abs(href('/')))}"/>
  <id>${escapeXml(abs(href('/')))}</id>
  <updated>${updated}</updated>
  <author><name>${escapeXml(SITE_NAME)} editors</name></author>
${entries.join('\n')}
</feed>
`;
}
