/**
 * The words of a sentence that may make a claim less than a plain statement: a hedge ("suggesting",
 * "believes", "remains uncertain", "the possibility of") or the attribution a claim rests on
 * ("According to the sources", "as reported by CNN"). Offered to the person curating a claim, each with
 * the certainty it usually means; they decide. Every suggestion is the sentence's own words, verbatim.
 */
import type { Certainty } from './types';

export interface HedgeSuggestion {
  /** The sentence's words, verbatim. */
  words: string;
  /** Where they start in the sentence. */
  start: number;
  /** The certainty these words usually give a claim. */
  certainty: Certainty;
}

/** Patterns, most specific first; a later one is not offered where an earlier one already covers its words. */
const CUES: Array<{ pattern: RegExp; certainty: Certainty }> = [
  { pattern: /\b(?:it\s+)?remains?\s+(?:uncertain|unclear|unknown|to be seen)\b/gi, certainty: 'uncertain' },
  { pattern: /\b(?:it\s+(?:is|was)\s+)?(?:uncertain|unclear|not\s+(?:yet\s+)?(?:known|clear|confirmed)|unconfirmed|unknown)\s+(?:whether|if|how|when|who)\b/gi, certainty: 'uncertain' },
  { pattern: /\b(?:uncertain|unclear|unconfirmed)\b/gi, certainty: 'uncertain' },
  { pattern: /\bsuggest(?:s|ed|ing)?\s+the\s+possibility\s+(?:of|that)\b/gi, certainty: 'possible' },
  { pattern: /\b(?:fueling|fuelling|raising|stoking)\s+(?:concerns?|fears?)\s+(?:about|over|that)\b/gi, certainty: 'possible' },
  { pattern: /\b(?:fears?|concerns?|worries|worry)\s+(?:are\s+|is\s+|have\s+)?(?:mounting|growing|persist(?:s|ed)?|grew|rose)?\s*(?:about|over|regarding|that)\b(?:\s+the\s+possibility\s+of)?/gi, certainty: 'possible' },
  { pattern: /\bthe\s+possibility\s+(?:of|that)\b/gi, certainty: 'possible' },
  { pattern: /\b(?:could|may|might|perhaps|possibly|likely|unlikely|potential(?:ly)?|alleged(?:ly)?|apparent(?:ly)?|purported(?:ly)?|rumou?red)\b/gi, certainty: 'possible' },
  { pattern: /\baccording\s+to\s+[^,.;:!?]+/gi, certainty: 'reported' },
  { pattern: /\b(?:[Aa]s\s+)?reported\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}&'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*)*/gu, certainty: 'reported' },
  { pattern: /\b(?:information|intelligence)\s+(?:obtained\s+|gathered\s+)?(?:regarding|about|indicating|showing)\b/gi, certainty: 'reported' },
  { pattern: /\b\w+\s+suggest(?:s|ed|ing)\b/gi, certainty: 'reported' },
  { pattern: /\bsuggest(?:s|ed|ing)?\b/gi, certainty: 'reported' },
  { pattern: /\b(?:believes?|believed|thinks|assesse[sd]|estimates?|estimated)\b/gi, certainty: 'reported' },
  { pattern: /\b(?:[Rr]eportedly|(?:[Pp]revious\s+|[Ee]arlier\s+)?[Rr]eports?\s+(?:from|by)\s+(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}&'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*)*)/gu, certainty: 'reported' },
  { pattern: /\b(?:(?:has|have|had)\s+(?:also\s+)?)?(?:stated|said|says|noted|claimed|claims|told|reported)\b/gi, certainty: 'reported' },
];

/** The hedging words of a sentence, in reading order; overlapping cues give the longer, more specific words. */
export function hedgesIn(sentence: string): HedgeSuggestion[] {
  const found: HedgeSuggestion[] = [];
  for (const { pattern, certainty } of CUES) {
    for (const match of sentence.matchAll(pattern)) {
      const words = match[0].trim();
      const start = match.index + match[0].indexOf(words);
      const end = start + words.length;
      if (words === '' || found.some((other) => start < other.start + other.words.length && other.start < end)) continue;
      found.push({ words, start, certainty });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The weakest certainty among suggestions, the claim's likely certainty; `stated` when there are none. */
export function likelyCertainty(hedges: readonly HedgeSuggestion[]): Certainty {
  const order: Certainty[] = ['uncertain', 'possible', 'reported', 'stated'];
  return hedges.reduce<Certainty>((weakest, hedge) => (order.indexOf(hedge.certainty) < order.indexOf(weakest) ? hedge.certainty : weakest), 'stated');
}
