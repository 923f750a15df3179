/** A question entry as a pack shows and exports it: the same shape on the static pages, in questions.json and in the builder. */
import type { CollectionEntry } from 'astro:content';
import { sourceById } from '../../content';
import { packQuestion } from '../../lib/exports/pack-data';
import type { PackQuestion } from './pack-text';

export const toPackQuestion = (q: CollectionEntry<'questions'>): PackQuestion => packQuestion(q, sourceById);
