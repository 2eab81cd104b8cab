/**
 * Words chosen in a sentence, made into a quote: a selection that starts or ends inside a word takes
 * the whole word, and spaces at either end are dropped, so that a quick drag gives clean evidence.
 * The quote is the sentence's own characters between the two offsets: verbatim by construction.
 */
import type { Evidence } from './types';

export interface SentenceRange {
  /** Id of the sentence. */
  sentence: string;
  /** Offsets in the sentence's text, end excluded. */
  start: number;
  end: number;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_'’-]/u.test(char);

/** The range widened to whole words and narrowed past spaces; empty (start === end) when only spaces were chosen. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (from === to) return { start: from, end: to };
  while (from > 0 && isWordChar(text[from - 1]) && isWordChar(text[from])) from--;
  while (to < text.length && isWordChar(text[to]) && isWordChar(text[to - 1])) to++;
  return { start: from, end: to };
}

/** The evidence for chosen ranges: one quote per sentence, in reading order, none empty. */
export function quotesFor(ranges: readonly SentenceRange[], sentences: ReadonlyMap<string, string>): Evidence[] {
  const quotes: Evidence[] = [];
  for (const range of ranges) {
    const text = sentences.get(range.sentence);
    if (text === undefined) continue;
    const { start, end } = snapToWords(text, range.start, range.end);
    if (end > start) quotes.push({ sentence: range.sentence, quote: text.slice(start, end) });
  }
  return quotes;
}
