import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  attributionOf,
  edgesForSentence,
  evidenceOf,
  markQuotes,
  paragraphsOf,
  qualificationsOf,
  quotesBySentence,
  statementOf,
  type Claimant,
} from '../../model/queries';
import type { ArticleGraph, Paragraph, Sentence } from '../../model/types';
import { CERTAINTY_ENCODING } from '../../view/encoding';
import { emit, type AgReaderPreviewDetail, type AgReaderSelectDetail } from '../../events/events';
import type { Selection } from '../../view/view-state';
import { webUrl } from '../shared/links';
import { sharedStyles } from '../shared/shared.styles';
import { agReaderStyles } from './ag-reader.styles';

/**
 * The article the graph was read from, sentence by sentence. Sentences that are evidence for a
 * relationship are marked as sources and act as buttons: choosing one selects the relationships it
 * supports. Selecting something in the graph marks the words that state it and scrolls to them, with
 * who claims it (and through whom), how sure the article is and any doubt about part of it beside the
 * text, the claim the sentence is about first. In story mode the current paragraph is emphasised and
 * the paragraphs not yet reached are dimmed.
 *
 * Renders nothing for a graph without `source.paragraphs`.
 *
 * @summary The source article, linked sentence by sentence to the graph.
 * @fires ag-reader-select - A sentence (or one relationship in a note) was chosen; detail `{ sentence, edges }`.
 * @fires ag-reader-preview - A sentence was pointed at or focused (`edges` non-empty), or left (`edges` empty); detail `{ sentence, edges }`.
 */
export class AgReader extends LitElement {
  static override styles = [sharedStyles, agReaderStyles];

  /** The graph whose `source` text is shown. */
  @property({ attribute: false }) graph: ArticleGraph | undefined;

  /** The selected node or edge: the evidence of its relationships is marked. */
  @property({ attribute: false }) selection: Selection | null = null;

  /** The sentence the selection was made from, if it was made here: all its relationships are marked. */
  @property({ attribute: false }) sentence: string | null = null;

  /** Story mode: index of the current paragraph, or null to show the whole text evenly. */
  @property({ attribute: false }) story: number | null = null;

  /** Story mode: the relationships first stated in the current paragraph, marked there while nothing is selected. */
  @property({ attribute: false }) storyEdges: readonly string[] = [];

  /** Relationships whose evidence is marked, derived from `sentence` or else `selection`. */
  private markedEdges(): string[] {
    const graph = this.graph;
    if (!graph) return [];
    if (this.sentence) return edgesForSentence(graph, this.sentence);
    const selection = this.selection;
    if (selection?.kind === 'edge' && graph.hasEdge(selection.key)) return [selection.key];
    if (selection?.kind === 'node' && graph.hasNode(selection.key)) return graph.edges(selection.key);
    return [];
  }

  /** Sentences that are evidence for some relationship, with how many. */
  private evidenceCounts = new Map<string, number>();
  private countedFor: ArticleGraph | undefined;

  protected override willUpdate(): void {
    const graph = this.graph;
    if (graph === this.countedFor) return;
    this.countedFor = graph;
    this.evidenceCounts = new Map();
    if (!graph) return;
    // One pass over the edges: asking edgesForSentence for each sentence would be sentences × edges.
    graph.forEachEdge((edge) => {
      for (const sentence of new Set(evidenceOf(graph, edge).map((item) => item.sentence))) {
        this.evidenceCounts.set(sentence, (this.evidenceCounts.get(sentence) ?? 0) + 1);
      }
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('story') && this.story !== null) {
      this.reveal(this.renderRoot.querySelector<HTMLElement>('.paragraph.current'));
    } else if ((changed.has('selection') || changed.has('sentence')) && !this.sentence) {
      this.reveal(this.renderRoot.querySelector<HTMLElement>('mark')?.closest<HTMLElement>('[data-sentence]'));
    }
  }

  override render() {
    const graph = this.graph;
    const paragraphs = graph ? paragraphsOf(graph) : [];
    if (!graph || paragraphs.length === 0) return nothing;
    const source = graph.getAttribute('source')!;
    const edges = this.markedEdges();
    const quotes = edges.length > 0 ? quotesBySentence(graph, edges) : this.storyQuotes(graph, paragraphs);
    return html`
      <header>
        <div class="kicker">${[source.outlet, source.section].filter(Boolean).join(' · ')}</div>
        <h3>${source.title}</h3>
        ${source.published || source.url
          ? html`<p class="meta">
              ${source.published ? html`<time datetime=${source.published}>${formatPublished(source.published)}</time>` : nothing}
              ${source.published && source.url ? ' · ' : nothing}
              ${webUrl(source.url)
                ? html`<a href=${webUrl(source.url)!} target="_blank" rel="noopener noreferrer">Original article</a>`
                : source.url
                  ? html`<span>Original article: ${source.url}</span>`
                  : nothing}
            </p>`
          : nothing}
        <p class="hint">Underlined sentences are the evidence for the graph. Choose one to select what it states; select something in the graph to find its words here.</p>
      </header>
      ${paragraphs.map((paragraph, index) => this.renderParagraph(graph, paragraph, index, edges, quotes))}
    `;
  }

  /** The words of the step's new relationships, in the current paragraph only. */
  private storyQuotes(graph: ArticleGraph, paragraphs: Paragraph[]): Map<string, string[]> {
    const current = this.story === null ? undefined : paragraphs[this.story];
    if (!current) return new Map();
    const inParagraph = new Set(current.sentences.map((sentence) => sentence.id));
    return new Map([...quotesBySentence(graph, this.storyEdges)].filter(([sentence]) => inParagraph.has(sentence)));
  }

  private renderParagraph(graph: ArticleGraph, paragraph: Paragraph, index: number, edges: string[], quotes: Map<string, string[]>) {
    const story = this.story;
    const place = story === null ? '' : index === story ? 'current' : index > story ? 'later' : '';
    // Notes are for what is selected: the story's own marks go without.
    const marked = edges.length > 0 ? paragraph.sentences.filter((sentence) => quotes.has(sentence.id)) : [];
    // A chosen sentence has its notes beside it; a relationship cited by several sentences of the paragraph is noted once.
    marked.sort((a, b) => Number(b.id === this.sentence) - Number(a.id === this.sentence));
    const shown = new Set(edges);
    const noted = new Set<string>();
    return html`<section class="paragraph ${place}" data-paragraph=${paragraph.id} aria-current=${place === 'current' ? 'step' : nothing}>
      <p>${paragraph.sentences.map((sentence, at) => html`${at > 0 ? ' ' : nothing}${this.renderSentence(sentence, quotes.get(sentence.id))}`)}</p>
      ${marked.length > 0
        ? html`<ul class="notes">
            ${marked.flatMap((sentence) =>
              edgesForSentence(graph, sentence.id)
                .filter((edge) => shown.has(edge) && !noted.has(edge) && noted.add(edge))
                .map((edge) => this.renderNote(graph, edge, sentence.id)),
            )}
          </ul>`
        : nothing}
    </section>`;
  }

  private renderSentence(sentence: Sentence, quotes: string[] | undefined) {
    const text = quotes ? markQuotes(sentence.text, quotes).map((span) => (span.marked ? html`<mark>${span.text}</mark>` : span.text)) : sentence.text;
    const count = this.evidenceCounts.get(sentence.id) ?? 0;
    if (count === 0) return html`<span class="sentence" data-sentence=${sentence.id}>${text}</span>`;
    return html`<span
      class="sentence evidence ${this.sentence === sentence.id ? 'active' : ''}"
      data-sentence=${sentence.id}
      tabindex="0"
      role="button"
      aria-pressed=${String(this.sentence === sentence.id)}
      @click=${() => this.choose(sentence.id)}
      @keydown=${(event: KeyboardEvent) => this.onSentenceKey(event, sentence.id)}
      @mouseenter=${() => this.preview(sentence.id)}
      @mouseleave=${() => this.preview(null)}
      @focus=${() => this.preview(sentence.id)}
      @blur=${() => this.preview(null)}
      >${text}<span class="visually-hidden"> (evidence for ${count === 1 ? 'one relationship' : `${count} relationships`})</span></span
    >`;
  }

  private renderNote(graph: ArticleGraph, edge: string, sentence: string) {
    const attributes = graph.getEdgeAttributes(edge);
    const claim = attributionOf(graph, edge);
    const certainty = CERTAINTY_ENCODING.find((c) => c.key === attributes.certainty);
    const hedge = typeof attributes.hedge === 'string' && attributes.hedge !== '' ? attributes.hedge : undefined;
    // The article's words for a claimant where it has them: “two individuals familiar with the intelligence”.
    const named = (claimant: Claimant) => (claimant.phrase ? html`“${claimant.phrase}”` : claimant.label);
    return html`<li class="note" data-edge=${edge} data-for=${sentence}>
      <button type="button" class="statement text-button" @click=${() => emit(this, 'ag-reader-select', { sentence: null, edges: [edge] })}>${statementOf(graph, edge).text}</button>
      ${claim ? html`<span class="claim attribution">According to ${named(claim.claimant)}${claim.via ? html`, via ${named(claim.via)}` : nothing}</span>` : nothing}
      ${certainty || hedge
        ? html`<span class="claim hedge">${certainty ? html`<span class="certainty">${certainty.label}</span>` : nothing}${certainty && hedge ? ': ' : nothing}${hedge ? html`“${hedge}”` : nothing}</span>`
        : nothing}
      ${qualificationsOf(graph, edge).map((doubt) => {
        const label = CERTAINTY_ENCODING.find((c) => c.key === doubt.certainty)?.label ?? doubt.certainty;
        return html`<span class="claim doubt"><span class="certainty">${label}</span>: ${doubt.part} (“${doubt.hedge}”)</span>`;
      })}
    </li>`;
  }

  private onSentenceKey(event: KeyboardEvent, sentence: string) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this.choose(sentence);
  }

  private choose(sentence: string) {
    if (!this.graph) return;
    const detail: AgReaderSelectDetail = { sentence, edges: edgesForSentence(this.graph, sentence) };
    emit(this, 'ag-reader-select', detail);
  }

  private preview(sentence: string | null) {
    // Removing a focused sentence blurs it: no preview for a reader that has left the page.
    if (!this.graph || !this.isConnected) return;
    const detail: AgReaderPreviewDetail = { sentence, edges: sentence ? edgesForSentence(this.graph, sentence) : [] };
    emit(this, 'ag-reader-preview', detail);
  }

  /** Scrolls the panel this reader sits in (not the page) so that `target` is in view. */
  private reveal(target: HTMLElement | null | undefined) {
    if (!target) return;
    const scroller = scrollParent(this);
    if (!scroller) return;
    const box = target.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (box.top >= view.top && box.bottom <= view.bottom) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const offset = box.top - view.top - Math.max(0, (view.height - box.height) / 3);
    scroller.scrollTo({ top: scroller.scrollTop + offset, behavior: reduced ? 'auto' : 'smooth' });
  }
}

/** The nearest ancestor that scrolls, crossing shadow roots. */
function scrollParent(from: Element): HTMLElement | undefined {
  let node: Node | null = from.parentNode;
  while (node) {
    if (node instanceof HTMLElement) {
      const overflow = getComputedStyle(node).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** '2023-11-02T23:18' -> '2 November 2023, 23:18', as printed: no time zone conversion. */
export function formatPublished(published: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(published);
  if (!match) return published;
  const [, year, month, day, hour, minute] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const text = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return hour ? `${text}, ${hour}:${minute}` : text;
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-reader': AgReader;
  }
}
