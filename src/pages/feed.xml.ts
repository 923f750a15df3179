import type { APIRoute } from 'astro';
import { tracedPages } from '../content';
import { atomFeed } from '../lib/exports/atom-feed';

/** Atom feed of content changes: each page's latest review, newest first. */
export const GET: APIRoute = ({ site }) =>
  new Response(atomFeed(tracedPages, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
