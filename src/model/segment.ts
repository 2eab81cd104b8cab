/**
 * An article's text cut into paragraphs and sentences with stable ids (`p1`, `p1s1`, …), as a
 * dataset's `attributes.source.paragraphs` holds them. Paragraphs are separated by blank lines (or,
 * in a text with no blank line at all, by line breaks); sentences are found with `Intl.Segmenter`,
 * then mended where it cuts too eagerly: after titles ("Mr.", "Gen."), initials ("J. R. R. Tolkien"),
 * abbreviations ("U.S. Treasury", "Jan. 5") and quoted questions followed by their speaker
 * ('"Why?" she asked.'). Joined back with `joinArticle`, the sentences are the text.
 */
import type { Paragraph } from './types';

/** Titles that stand before a name: never the end of a sentence. */
const TITLES = new Set(
  'mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl adm cmdr gov sen rep rev hon pres amb supt det insp st mt ft messrs mmes msgr fr'.split(' '),
);

/** Abbreviations that are followed by a number or more words: "No. 5", "Jan. 5", "e.g. the", "approx. 40". */
const BEFORE_NUMBERS = new Set('no nos art vol vols pp p fig figs ch sec jan feb mar apr jun jul aug sep sept oct nov dec approx ca est'.split(' '));

/** Abbreviations that may end a sentence or not ("U.S.", "Inc.", "a.m."): a sentence goes on unless the next word usually starts one. */
const AMBIGUOUS = /(?:^|[\s("'“‘])(?:(?:[A-Za-z]\.){2,}|(?:inc|corp|co|ltd|llc|plc|bros|jr|sr|etc|vs|v|cf|al|dept|univ|assn)\.)$/i;

/** Words that usually begin a sentence: after an ambiguous abbreviation or an initial, they mark a new one. */
const SENTENCE_STARTERS = new Set(
  `a an the this that these those there then thus so but and or yet however meanwhile moreover still also
  he she it they we i you his her its their our my your who what when where why how in on at for from by
  with after before since as if while although though despite during until according some many most all
  no none one two three four five six seven eight nine ten last earlier later today yesterday`.split(/\s+/),
);

const sentenceSegmenter = () => new Intl.Segmenter('en', { granularity: 'sentence' });

/** Line breaks made uniform and trailing spaces dropped, so that the same text always splits the same way. */
function tidy(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '');
}

/** The paragraphs of a text: blank-line separated, or one per line in a text without blank lines. */
export function splitParagraphs(text: string): string[] {
  const tidied = tidy(text).trim();
  if (tidied === '') return [];
  const blocks = /\n\s*\n/.test(tidied) ? tidied.split(/\n\s*\n/) : tidied.split('\n');
  // Inside a paragraph, line breaks (a hard-wrapped paste) and runs of spaces are one space.
  return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block !== '');
}

/** The word before the final period of a piece of text, without the period: "the U.S." -> "U.S". */
function lastWord(text: string): string {
  const match = /(\S+)\.$/.exec(text);
  return match ? match[1].replace(/^[("'“‘[]+/, '') : '';
}

/** The first word of a piece of text, without opening quotes or brackets. */
function firstWord(text: string): string {
  return /^[\s("'“‘[]*([^\s.,;:!?"”’)\]]*)/.exec(text)?.[1] ?? '';
}

/** Whether Intl.Segmenter's cut between `before` and `after` is not the end of a sentence. */
function mends(before: string, after: string): boolean {
  const left = before.trimEnd();
  const next = firstWord(after);
  // Closing punctuation or quotes left alone belong to the sentence they close.
  if (!/[\p{L}\p{N}]/u.test(after)) return true;
  // A sentence does not begin in lower case: '"Why?" she asked.', "at 5 p.m. on Friday".
  if (/^[\s("'“‘[]*\p{Ll}/u.test(after)) return true;
  if (!left.endsWith('.')) return false;
  const word = lastWord(left);
  const bare = word.toLowerCase();
  if (TITLES.has(bare)) return true;
  if (BEFORE_NUMBERS.has(bare) && /^\s*\d/.test(after)) return true;
  const starter = SENTENCE_STARTERS.has(next.toLowerCase());
  // Initials: "J. R. R. Tolkien", "George W. Bush", but not "plan B. Then".
  if (/^\p{Lu}$/u.test(word)) {
    const before = left.slice(0, -2).trimEnd();
    const previous = /(\S+)$/.exec(before)?.[1] ?? '';
    return !starter && (before === '' || /^\p{Lu}/u.test(previous));
  }
  return AMBIGUOUS.test(left) && !starter;
}

/** The sentences of one paragraph's text, each without its surrounding spaces. */
export function splitSentences(paragraph: string, segmenter: Intl.Segmenter = sentenceSegmenter()): string[] {
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(paragraph)) {
    const last = sentences.length - 1;
    if (last >= 0 && mends(sentences[last], segment)) sentences[last] += segment;
    else sentences.push(segment);
  }
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

/** The text as paragraphs of sentences with ids `p<paragraph>s<sentence>`, both counted from 1. */
export function segmentArticle(text: string): Paragraph[] {
  const segmenter = sentenceSegmenter();
  return splitParagraphs(text).map((paragraph, p) => ({
    id: `p${p + 1}`,
    sentences: splitSentences(paragraph, segmenter).map((sentence, s) => ({ id: `p${p + 1}s${s + 1}`, text: sentence })),
  }));
}

/** The text of paragraphs: sentences joined by a space, paragraphs by a blank line. */
export function joinArticle(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.text).join(' ')).join('\n\n');
}
