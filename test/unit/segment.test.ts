/**
 * Cutting an article into paragraphs and sentences: the article of the dataset comes out exactly as
 * the dataset holds it, abbreviations and quotes do not end sentences, and the text joined back is the
 * text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import dataset from '../../graph-data/article-graph.json';
import { joinArticle, segmentArticle, splitParagraphs, splitSentences } from '../../src/model/segment';

const articleFile = readFileSync(new URL('../../graph-data/article.txt', import.meta.url), 'utf8');

/**
 * graph-data/article.txt is the article as published: a title, a block of details (image address,
 * outlet, section, date), the body, and the page's "Related" link after it. The body is what the
 * dataset's source holds.
 */
function articleBody(): string {
  const blocks = articleFile.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
  expect(blocks[0]).toBe(dataset.attributes.source.title);
  expect(blocks[1]).toContain(dataset.attributes.source.outlet);
  expect(blocks.at(-1)).toBe('Related');
  return blocks.slice(2, -1).join('\n\n');
}

describe('segmentArticle', () => {
  it("re-segments the article into the dataset's paragraphs and sentences, ids and all", () => {
    expect(segmentArticle(articleBody())).toEqual(dataset.attributes.source.paragraphs);
  });

  it('joins back into the text', () => {
    const body = articleBody();
    expect(joinArticle(segmentArticle(body))).toBe(body);
  });

  it('keeps titles, initials, abbreviations and decimals inside their sentence', () => {
    const cases: Array<[string, string[]]> = [
      ['The U.S. said so. Mr. Smith agreed.', ['The U.S. said so.', 'Mr. Smith agreed.']],
      ['J. R. R. Tolkien wrote it. It cost 3.5 million.', ['J. R. R. Tolkien wrote it.', 'It cost 3.5 million.']],
      ['Dr. Jones met Gen. Smith at 5 p.m. on Jan. 5. Then they left.', ['Dr. Jones met Gen. Smith at 5 p.m. on Jan. 5.', 'Then they left.']],
      ['The U.S. Treasury imposed sanctions. The U.K. followed.', ['The U.S. Treasury imposed sanctions.', 'The U.K. followed.']],
      ['George W. Bush spoke. He left at 9 a.m. The rest stayed.', ['George W. Bush spoke.', 'He left at 9 a.m.', 'The rest stayed.']],
      ['He chose plan B. Then he left.', ['He chose plan B.', 'Then he left.']],
      ['It works for Acme Inc. in Ohio. It grew.', ['It works for Acme Inc. in Ohio.', 'It grew.']],
      ['Prices rose 2.5 per cent. No. 10 said nothing.', ['Prices rose 2.5 per cent.', 'No. 10 said nothing.']],
    ];
    for (const [text, sentences] of cases) expect(splitSentences(text), text).toEqual(sentences);
  });

  it('keeps quotations with their speaker and closing marks with their sentence', () => {
    expect(splitSentences('"Stop." He left. "Why?" she asked.')).toEqual(['"Stop."', 'He left.', '"Why?" she asked.']);
    expect(splitSentences('She said: “It is done.” Then she went.')).toEqual(['She said: “It is done.”', 'Then she went.']);
    expect(splitSentences('“Is it true?” asked the minister. Nobody answered.')).toEqual(['“Is it true?” asked the minister.', 'Nobody answered.']);
  });

  it('numbers paragraphs and sentences from 1, and splits on blank lines', () => {
    expect(segmentArticle('One. Two.\n\n\nThree.')).toEqual([
      { id: 'p1', sentences: [{ id: 'p1s1', text: 'One.' }, { id: 'p1s2', text: 'Two.' }] },
      { id: 'p2', sentences: [{ id: 'p2s1', text: 'Three.' }] },
    ]);
    expect(segmentArticle('   \n \n')).toEqual([]);
  });

  it('reads a hard-wrapped paragraph as one, and a text without blank lines as a paragraph per line', () => {
    expect(splitParagraphs('First line of a\nparagraph.\n\nSecond.')).toEqual(['First line of a paragraph.', 'Second.']);
    expect(splitParagraphs('One paragraph.\r\nAnother one.\r\n')).toEqual(['One paragraph.', 'Another one.']);
  });

  it('gives back the same paragraphs when its own text is cut again', () => {
    const word = fc.constantFrom('Assad', 'the U.S.', 'Mr.', 'agreed', 'Hezbollah', '3.5', '"Why?"', 'she', 'said.', 'It', 'ended.', 'J.', 'Smith');
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const once = segmentArticle(paragraphs.join('\n\n'));
        expect(segmentArticle(joinArticle(once))).toEqual(once);
        for (const p of once) for (const s of p.sentences) expect(s.text).toBe(s.text.trim());
      }),
      { numRuns: 200 },
    );
  });
});
