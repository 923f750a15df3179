import type { APIRoute } from 'astro';
import { changes, editionCouncil, tracedPages } from '../content';
import { changeAnchor } from '../lib/changes';
import { formatDate } from '../lib/dates';
import { TYPE_LABELS } from '../lib/page-types';
import { SITE_NAME } from '../lib/site';
import { entryHref, href } from '../lib/urls';
import { CHANGE_KINDS, CHANGE_STATUS } from '../schemas/changes';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface FeedEntry {
  title: string;
  url: string;
  id: string;
  updated: Date;
  category: string;
  summary: string;
}

/**
 * Atom feed of content changes, newest first: each page's latest review (dated by the review), and each change in
 * law and policy since the sources (dated by the change itself, not by when we wrote it up).
 */
export const GET: APIRoute = ({ site }) => {
  const abs = (path: string) => new URL(path, site).href;
  const reviews: FeedEntry[] = tracedPages.map((p) => {
    const url = abs(entryHref(p.collection, p.id));
    return {
      title: p.data.title,
      url,
      id: url,
      updated: p.data.lastReviewed,
      category: TYPE_LABELS[p.collection].one,
      summary: `${TYPE_LABELS[p.collection].one} reviewed. ${p.data.summary} Facts describe ${p.data.factsDate}.`,
    };
  });
  const lawChanges: FeedEntry[] = changes.map((c) => {
    const url = abs(`${href('/changes/')}#${changeAnchor(c.id)}`);
    return {
      title: `Change in law and policy: ${c.data.title}`,
      url,
      id: url,
      updated: c.data.date,
      category: `Change in law and policy: ${CHANGE_KINDS[c.data.kind]}`,
      summary: `${c.data.summary} Status: ${CHANGE_STATUS[c.data.status].toLowerCase()} when checked on ${formatDate(c.data.checked)}.`,
    };
  });
  const entries = [...lawChanges, ...reviews].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title));
  const updated = (entries[0]?.updated ?? new Date(0)).toISOString();
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escape(SITE_NAME)}${editionCouncil ? ` (${escape(editionCouncil.data.name)} edition)` : ''}: content changes and changes in the law</title>
  <link href="${escape(abs(href('/feed.xml')))}" rel="self"/>
  <link href="${escape(abs(href('/')))}"/>
  <id>${escape(abs(href('/')))}</id>
  <updated>${updated}</updated>
  <author><name>${escape(SITE_NAME)} editors</name></author>
${entries
  .map(
    (e) => `  <entry>
    <title>${escape(e.title)}</title>
    <link href="${escape(e.url)}"/>
    <id>${escape(e.id)}</id>
    <updated>${e.updated.toISOString()}</updated>
    <category term="${escape(e.category)}"/>
    <summary>${escape(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
