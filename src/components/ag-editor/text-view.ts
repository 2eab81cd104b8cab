/**
 * The article as the editor shows it: paragraphs of sentences, each sentence an element of its own
 * (`data-sentence`) so that selected words map back to a sentence and offsets in it. Mentions of the
 * entities are highlighted in their type's colour; sentences that are evidence are underlined; the
 * quotes of the relationship in focus are marked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Mention } from '../../model/mentions';
import type { Paragraph } from '../../model/types';

/** A run of a sentence's text: plain, part of a mention, part of a marked quote, or both. */
export interface Run {
  text: string;
  mention?: string;
  quote: boolean;
}

/** A sentence cut at every edge of its mentions and marked quotes. */
export function runsOf(text: string, mentions: readonly Mention[], quotes: readonly string[]): Run[] {
  const quoteRanges: Array<[number, number]> = [];
  for (const quote of quotes) {
    const at = quote === '' ? -1 : text.indexOf(quote);
    if (at >= 0) quoteRanges.push([at, at + quote.length]);
  }
  const edges = new Set([0, text.length]);
  for (const mention of mentions) edges.add(mention.start).add(mention.end);
  for (const [start, end] of quoteRanges) edges.add(start).add(end);
  const cuts = [...edges].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    if (end <= start) continue;
    const mention = mentions.find((m) => m.start <= start && end <= m.end)?.key;
    const quote = quoteRanges.some(([from, to]) => from <= start && end <= to);
    const last = runs[runs.length - 1];
    if (last && last.mention === mention && last.quote === quote) last.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), mention, quote });
  }
  return runs;
}

export interface TextViewContext {
  paragraphs: readonly Paragraph[];
  /** Mentions by sentence id. */
  mentions: ReadonlyMap<string, Mention[]>;
  /** Marked quotes by sentence id (those of the relationship in focus). */
  quotes: ReadonlyMap<string, string[]>;
  /** How many relationships each sentence is evidence for. */
  evidence: ReadonlyMap<string, number>;
  /** The entity in focus: its mentions are emphasised. */
  focusedEntity: string | undefined;
  /** Colour of an entity's mentions. */
  colourOf: (key: string) => string;
  labelOf: (key: string) => string;
  /** The sentence that takes the Tab stop (roving tab index). */
  tabStop: string | undefined;
}

function renderRun(run: Run, context: TextViewContext): TemplateResult | string {
  const content = run.quote ? html`<mark class="quote">${run.text}</mark>` : run.text;
  if (!run.mention) return content;
  return html`<span
    class="mention ${run.mention === context.focusedEntity ? 'focused' : ''}"
    data-entity=${run.mention}
    title=${context.labelOf(run.mention)}
    style=${styleMap({ '--_entity': context.colourOf(run.mention) })}
    >${content}</span
  >`;
}

export function renderText(context: TextViewContext): TemplateResult {
  const first = context.paragraphs[0]?.sentences[0]?.id;
  const tabStop = context.tabStop ?? first;
  return html`${context.paragraphs.map(
    (paragraph) =>
      html`<p class="paragraph" data-paragraph=${paragraph.id}>${paragraph.sentences.map((sentence, index) => {
        const count = context.evidence.get(sentence.id) ?? 0;
        const runs = runsOf(sentence.text, context.mentions.get(sentence.id) ?? [], context.quotes.get(sentence.id) ?? []);
        // Sentences are separated by a plain space outside them, so that each holds exactly its text.
        return html`${index > 0 ? ' ' : nothing}<span
            class="sentence ${count > 0 ? 'evidence' : ''}"
            data-sentence=${sentence.id}
            tabindex=${sentence.id === tabStop ? 0 : -1}
            >${runs.map((run) => renderRun(run, context))}</span
          >`;
      })}</p>`,
  )}`;
}
