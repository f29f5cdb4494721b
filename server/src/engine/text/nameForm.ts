import { memoizedPerWord } from './memoizedPerWord';

/** A word as names are compared: composed, without a possessive, lowercase. Every token of every sentence asks, and drafts repeat their words. */
export const normalizeName = memoizedPerWord((word) => word.normalize('NFC').replace(/[’']s$/u, '').replace(/[’']$/u, '').toLowerCase());
