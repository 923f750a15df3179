import type { APIRoute } from 'astro';
import { tracedPages } from '../content';
import { TYPE_LABELS } from '../lib/page-types';
import { SITE_NAME } from '../lib/site';
import { entryHref, href } from '../lib/urls';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Atom feed of content changes: each page's latest review, newest first. */
export const GET: APIRoute = ({ site }) => {
  const abs = (path: string) => new URL(path, site).href;
  const pages = [...tracedPages].sort((a, b) => b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime() || a.data.title.localeCompare(b.data.title));
  const updated = (pages[0]?.data.lastReviewed ?? new Date(0)).toISOString();
  const entries = pages.map((p) => {
    const url = abs(entryHref(p.collection, p.id));
    return `  <entry>
    <title>${escape(p.data.title)}</title>
    <link href="${escape(url)}"/>
    <id>${escape(url)}</id>
    <updated>${p.data.lastReviewed.toISOString()}</updated>
    <category term="${escape(TYPE_LABELS[p.collection].one)}"/>
    <summary>${escape(`${TYPE_LABELS[p.collection].one} reviewed. ${p.data.summary} Facts describe ${p.data.factsDate}.`)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escape(SITE_NAME)}: content changes</title>
  <link href="${escape(abs(href('/feed.xml')))}" rel="self"/>
  <link href="${escape(abs(href('/')))}"/>
  <id>${escape(abs(href('/')))}</id>
  <updated>${updated}</updated>
  <author><name>${escape(SITE_NAME)} editors</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
