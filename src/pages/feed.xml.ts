import type { APIRoute } from 'astro';
import { changes, editionCouncil, tracedPages } from '../content';
import { atomFeed } from '../lib/exports/atom-feed';

/** Atom feed of content changes and changes in the law, newest first. */
export const GET: APIRoute = ({ site }) =>
  new Response(atomFeed(tracedPages, site, changes, editionCouncil?.data.name), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
