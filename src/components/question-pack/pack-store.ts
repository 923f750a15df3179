/** The question pack in progress, kept in this browser; the URL is the shareable copy. */
import { readIds, writeIds } from '../../lib/browser-store';

const KEY = 'kb.question-pack';
export const readPack = () => readIds(KEY);
export const writePack = (ids: string[]) => writeIds(KEY, ids);
