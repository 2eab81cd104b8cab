import { describe, expect, test } from 'vitest';
import { markQuotes, parseGraph, quotesBySentence } from '../../src/model';
import { fixtureText } from './fixtures';

describe('quotesBySentence', () => {
  const graph = parseGraph(fixtureText('small-article.json'));

  test('groups the quotes of an edge by sentence', () => {
    expect([...quotesBySentence(graph, ['e2'])]).toEqual([
      ['p2s1', ['Norland denies supplying the rebels']],
      ['p1s2', ['the rebels receive rifles from Norland']],
    ]);
  });

  test('joins several edges and skips unknown keys and edges without evidence', () => {
    const quotes = quotesBySentence(graph, ['e1', 'e4', 'nope', 'e2']);
    expect([...quotes.keys()]).toEqual(['p1s1', 'p2s1', 'p1s2']);
    expect(quotes.get('p1s1')).toEqual(['Northern rebels crossed the Lira river']);
  });
});

describe('markQuotes', () => {
  const sentence = 'Northern rebels crossed the Lira river on Monday, officials said.';

  test('marks a quote and leaves the rest plain', () => {
    expect(markQuotes(sentence, ['crossed the Lira river'])).toEqual([
      { text: 'Northern rebels ', marked: false },
      { text: 'crossed the Lira river', marked: true },
      { text: ' on Monday, officials said.', marked: false },
    ]);
  });

  test('merges overlapping quotes and keeps separate ones apart', () => {
    const spans = markQuotes(sentence, ['the Lira river on', 'rebels crossed the', 'officials said']);
    expect(spans.filter((s) => s.marked).map((s) => s.text)).toEqual(['rebels crossed the Lira river on', 'officials said']);
    expect(spans.map((s) => s.text).join('')).toBe(sentence);
  });

  test('finds a quote whose case differs', () => {
    expect(markQuotes(sentence, ['NORTHERN REBELS'])[0]).toEqual({ text: 'Northern rebels', marked: true });
  });

  test('marks the whole sentence when no quote is found in it', () => {
    expect(markQuotes(sentence, ['not in the text'])).toEqual([{ text: sentence, marked: true }]);
    expect(markQuotes(sentence, [])).toEqual([{ text: sentence, marked: true }]);
  });
});
