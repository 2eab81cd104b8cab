import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ARTICLE_ATTRIBUTION, relationshipOf, sentenceTexts, type ClaimantChoice, type RelationshipInput } from '../../model/authoring';
import { hedgesIn, type HedgeSuggestion } from '../../model/hedges';
import { entitiesNamed, namesOf } from '../../model/mentions';
import { CERTAINTIES, type Certainty, type Evidence, type Qualification, type SerializedArticleGraph } from '../../model/types';
import { emit } from '../../events/events';
import { sharedStyles } from '../shared/shared.styles';
import { formStyles } from './forms.styles';

const NEW = '__new';

/** How each certainty reads in the form. */
export const CERTAINTY_LABELS: Record<Certainty, string> = {
  stated: 'Stated: the article says so plainly',
  reported: 'Reported: attributed to a source',
  possible: 'Possible: suggested, feared or expected',
  uncertain: 'Uncertain: the article says it is in doubt',
};

interface QuoteRow extends Evidence {
  primary?: boolean;
}

/** 'key:us-intelligence', 'node:cnn', '__new' or '' (none): one select for any claimant. */
type ClaimantValue = string;

function claimantChoice(value: ClaimantValue, label: string): ClaimantChoice | undefined {
  if (value === NEW) return label.trim() === '' ? undefined : { label: label.trim() };
  if (value.startsWith('key:')) return { key: value.slice(4) };
  if (value.startsWith('node:')) return { node: value.slice(5) };
  return undefined;
}

/**
 * The form for a relationship: from, to, the relation, who claims it (and through whom), how sure the
 * article is in its own hedging words (the cited sentences' hedges are offered), and its evidence, the
 * selected words of each sentence, verbatim. From and To are chosen for you when the words (or else
 * their sentence) name exactly two entities. More quotes can be added from any sentence; doubts about
 * part of the claim, the article's wording, when and what it concerns are optional.
 *
 * @summary A new relationship, or changes to one.
 * @fires ag-relation-submit - Confirmed; detail `{ action: 'add', relationship } | { action: 'update', key, relationship }`.
 * @fires ag-close - Cancelled.
 */
export class AgRelationForm extends LitElement {
  static override styles = [sharedStyles, formStyles];

  /** The graph being made: its entities, vocabulary and sentences. */
  @property({ attribute: false }) graph: SerializedArticleGraph | undefined;

  /** The selected words, one quote per sentence. */
  @property({ attribute: false }) quotes: Evidence[] = [];

  /** Key of the relationship being changed; null for a new one. */
  @property({ attribute: false }) editing: string | null = null;

  @state() private source = '';
  @state() private target = '';
  @state() private relation = '';
  @state() private newRelation = '';
  @state() private directed = true;
  @state() private attribution: ClaimantValue = `key:${ARTICLE_ATTRIBUTION}`;
  @state() private newAttribution = '';
  @state() private via: ClaimantValue = '';
  @state() private newVia = '';
  @state() private certainty: Certainty = 'stated';
  @state() private hedge = '';
  @state() private evidence: QuoteRow[] = [];
  @state() private qualifications: Qualification[] = [];
  @state() private label = '';
  @state() private time = '';
  @state() private item = '';
  @state() private extraSentence = '';
  @state() private extraQuote = '';
  @state() private errors: Record<string, string> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('quotes') && !changed.has('editing')) return;
    const graph = this.graph;
    const edge = this.editing && graph ? relationshipOf(graph, this.editing) : undefined;
    this.errors = {};
    this.extraQuote = '';
    if (edge) {
      const a = edge.attributes ?? {};
      this.source = String(edge.source);
      this.target = String(edge.target);
      this.relation = typeof a.relation === 'string' ? a.relation : (this.relations()[0]?.[0] ?? NEW);
      this.attribution = typeof a.attribution === 'string' ? `key:${a.attribution}` : '';
      this.via = typeof a.via === 'string' ? `key:${a.via}` : '';
      this.certainty = a.certainty ?? 'stated';
      this.hedge = a.hedge ?? '';
      this.evidence = [...(a.evidence ?? []), ...this.quotes].map((item) => ({ ...item }));
      this.qualifications = (a.qualifications ?? []).map((item) => ({ ...item }));
      this.label = a.label ?? '';
      this.time = a.time ?? '';
      this.item = a.item ?? '';
    } else {
      const [from, to] = this.namedPair();
      this.source = from ?? '';
      this.target = to ?? '';
      this.relation = this.relations()[0]?.[0] ?? NEW;
      this.attribution = `key:${ARTICLE_ATTRIBUTION}`;
      this.via = '';
      this.certainty = 'stated';
      this.hedge = '';
      this.evidence = this.quotes.map((item) => ({ ...item }));
      this.qualifications = [];
      this.label = this.time = this.item = '';
    }
    this.newRelation = this.newAttribution = this.newVia = '';
    this.directed = true;
    this.extraSentence = this.evidence[0]?.sentence ?? this.sentences()[0]?.[0] ?? '';
  }

  protected override firstUpdated(): void {
    this.focus();
  }

  /** Moves the keyboard focus to the first field to fill in. */
  override focus(): void {
    const first = !this.source ? 'source' : !this.target ? 'target' : 'relation';
    this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  private entities(): Array<[string, string]> {
    return (this.graph?.nodes ?? []).map((node) => [String(node.key), String(node.attributes?.label ?? node.key)]);
  }

  private relations(): Array<[string, string]> {
    return Object.entries(this.graph?.attributes?.vocabulary?.relations ?? {}).map(([key, definition]) => [key, definition.label || key]);
  }

  private sentences(): Array<[string, string]> {
    return [...sentenceTexts(this.graph ?? { nodes: [], edges: [], attributes: {}, options: { type: 'mixed', multi: true, allowSelfLoops: true } })];
  }

  /** The two entities the quotes name, or else their sentences, when there are exactly two. */
  private namedPair(): string[] {
    const graph = this.graph;
    if (!graph) return [];
    const named = graph.nodes.map((node) => ({ key: String(node.key), names: namesOf(String(node.key), node.attributes) }));
    const texts = sentenceTexts(graph);
    const inQuotes = entitiesNamed(this.quotes.map((q) => q.quote).join(' … '), named);
    if (inQuotes.length === 2) return inQuotes;
    const inSentences = entitiesNamed([...new Set(this.quotes.map((q) => texts.get(q.sentence) ?? ''))].join(' … '), named);
    return inSentences.length === 2 ? inSentences : [];
  }

  /** The hedging words of the cited sentences. */
  private hedgeSuggestions(): Array<HedgeSuggestion & { sentence: string }> {
    const texts = sentenceTexts(this.graph!);
    const sentences = [...new Set(this.evidence.map((item) => item.sentence))];
    return sentences.flatMap((sentence) => hedgesIn(texts.get(sentence) ?? '').map((hedge) => ({ ...hedge, sentence })));
  }

  private claimantOptions(): Array<[ClaimantValue, string]> {
    const graph = this.graph;
    const attributions = graph?.attributes?.vocabulary?.attributions ?? {};
    const outlet = graph?.attributes?.source?.outlet;
    const options: Array<[ClaimantValue, string]> = [];
    if (!Object.hasOwn(attributions, ARTICLE_ATTRIBUTION)) options.push([`key:${ARTICLE_ATTRIBUTION}`, outlet ? `${outlet} (the article)` : 'The article itself']);
    for (const [key, definition] of Object.entries(attributions)) options.push([`key:${key}`, definition.label || key]);
    const claimants = new Set(Object.values(attributions).map((definition) => definition.node));
    for (const [key, label] of this.entities()) if (!claimants.has(key)) options.push([`node:${key}`, label]);
    return options;
  }

  private validate(): Record<string, string> {
    const errors: Record<string, string> = {};
    const texts = sentenceTexts(this.graph!);
    if (!this.source) errors.source = 'Choose whom or what the relationship is from.';
    if (!this.target) errors.target = 'Choose whom or what the relationship is to.';
    if (this.relation === NEW && this.newRelation.trim() === '') errors.relation = 'Name the new relation, or choose one from the list.';
    if (this.attribution === NEW && this.newAttribution.trim() === '') errors.attribution = 'Name who says so, or choose from the list.';
    if (this.via === NEW && this.newVia.trim() === '') errors.via = 'Name through whom, or choose from the list.';
    if (this.evidence.length === 0) errors.evidence = 'A relationship needs the words that state it: select them in the text, or add a quote below.';
    this.evidence.forEach((item, i) => {
      if (item.quote.trim() === '') errors[`quote-${i}`] = 'This quote is empty.';
      else if (!(texts.get(item.sentence) ?? '').includes(item.quote)) errors[`quote-${i}`] = `These words are not in sentence ${item.sentence} as the article writes them.`;
    });
    const cited = [...new Set(this.evidence.map((item) => texts.get(item.sentence) ?? ''))];
    const inCited = (words: string) => cited.some((text) => text.includes(words.trim()));
    if (this.hedge.trim() !== '' && !inCited(this.hedge)) errors.hedge = 'The hedging words must be the article’s own, from a sentence this relationship quotes.';
    if (this.time.trim() !== '' && !inCited(this.time)) errors.time = 'Give the time as the article writes it, in a sentence this relationship quotes.';
    this.qualifications.forEach((doubt, i) => {
      const text = texts.get(doubt.sentence) ?? '';
      if (doubt.part.trim() === '' || !text.includes(doubt.part)) errors[`doubt-${i}`] = `The part in doubt must be words of sentence ${doubt.sentence}.`;
      else if (doubt.hedge.trim() === '' || !text.includes(doubt.hedge)) errors[`doubt-${i}`] = `The hedging words must be words of sentence ${doubt.sentence}.`;
    });
    return errors;
  }

  private submit(event: Event): void {
    event.preventDefault();
    this.errors = this.validate();
    const first = Object.keys(this.errors)[0];
    if (first) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[aria-invalid="true"]`)?.focus());
      return;
    }
    const relationship: RelationshipInput = {
      source: this.source,
      target: this.target,
      relation: this.relation === NEW ? { label: this.newRelation.trim() } : { key: this.relation },
      directed: this.directed,
      evidence: this.evidence.map(({ sentence, quote, primary }) => (primary ? { sentence, quote, primary } : { sentence, quote })),
      attribution: claimantChoice(this.attribution, this.newAttribution),
      via: claimantChoice(this.via, this.newVia),
      certainty: this.certainty,
      hedge: this.hedge,
      qualifications: this.qualifications.length > 0 ? this.qualifications : undefined,
      label: this.label,
      time: this.time,
      item: this.item || undefined,
    };
    emit(this, 'ag-relation-submit', this.editing ? { action: 'update', key: this.editing, relationship } : { action: 'add', relationship });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    emit(this, 'ag-close', null);
  }

  private addQuote(): void {
    const quote = this.extraQuote.trim();
    const text = sentenceTexts(this.graph!).get(this.extraSentence) ?? '';
    if (quote === '' || !text.includes(quote)) {
      this.errors = { ...this.errors, extra: `Type or paste words of sentence ${this.extraSentence}, exactly as they are written.` };
      return;
    }
    this.evidence = [...this.evidence, { sentence: this.extraSentence, quote }];
    this.extraQuote = '';
    const { extra: _extra, evidence: _evidence, ...rest } = this.errors;
    this.errors = rest;
  }

  private error(field: string) {
    const message = this.errors[field];
    return message ? html`<p class="error" id=${`${field}-error`}>${message}</p>` : nothing;
  }

  private select(id: string, label: string, value: string, options: Array<[string, string]>, set: (value: string) => void, extra: unknown = nothing) {
    const invalid = Boolean(this.errors[id]);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} name=${id} aria-invalid=${String(invalid)} aria-describedby=${invalid ? `${id}-error` : nothing} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${options.map(([key, text]) => html`<option value=${key} ?selected=${key === value}>${text}</option>`)}
      </select>
      ${extra} ${this.error(id)}
    </div>`;
  }

  private text(id: string, label: string, value: string, set: (value: string) => void, hint = '') {
    const invalid = Boolean(this.errors[id]);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint">${hint}</p>` : nothing}
      <input id=${id} name=${id} autocomplete="off" .value=${value} aria-invalid=${String(invalid)} aria-describedby=${invalid ? `${id}-error` : nothing}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />
      ${this.error(id)}
    </div>`;
  }

  override render() {
    if (!this.graph) return nothing;
    const entities: Array<[string, string]> = [['', 'Choose…'], ...this.entities()];
    const claimants = this.claimantOptions();
    const hedges = this.hedgeSuggestions();
    const sentences = this.sentences();
    return html`<form @submit=${this.submit} @keydown=${this.onKey} aria-labelledby="relation-heading" novalidate>
      <h2 id="relation-heading">${this.editing ? 'Change relationship' : 'New relationship'}</h2>
      <div class="row">
        ${this.select('source', 'From', this.source, entities, (v) => (this.source = v))}
        ${this.select('target', 'To', this.target, entities, (v) => (this.target = v))}
      </div>
      ${this.select('relation', 'Relation', this.relation, [...this.relations(), [NEW, 'New relation…']], (v) => (this.relation = v))}
      ${this.relation === NEW
        ? html`${this.text('new-relation', 'New relation', this.newRelation, (v) => (this.newRelation = v), 'As it reads between the two: “supplies”, “is allied with”.')}
            <label class="check"><input type="checkbox" .checked=${this.directed} @change=${(e: Event) => (this.directed = (e.target as HTMLInputElement).checked)} /> It has a direction (from → to)</label>`
        : nothing}
      <fieldset>
        <legend>Evidence</legend>
        ${this.evidence.length === 0 ? html`<p class="hint">No quote yet.</p>` : nothing}
        ${this.evidence.map(
          (item, i) => html`<div class="quote">
            <label for=${`quote-${i}`}>Quote from <span class="sentence-id">${item.sentence}</span></label>
            <textarea id=${`quote-${i}`} rows="2" aria-invalid=${String(Boolean(this.errors[`quote-${i}`]))} .value=${item.quote}
              @input=${(e: Event) => (this.evidence = this.evidence.map((row, j) => (j === i ? { ...row, quote: (e.target as HTMLTextAreaElement).value } : row)))}></textarea>
            ${this.error(`quote-${i}`)}
            <div class="actions">
              <label class="check"><input type="checkbox" .checked=${Boolean(item.primary)}
                @change=${(e: Event) => (this.evidence = this.evidence.map((row, j) => (j === i ? { ...row, primary: (e.target as HTMLInputElement).checked } : row)))} /> What this sentence is chiefly about</label>
              <button type="button" aria-label=${`Remove the quote from ${item.sentence}`} @click=${() => (this.evidence = this.evidence.filter((_, j) => j !== i))}>Remove</button>
            </div>
          </div>`,
        )}
        ${this.error('evidence')}
        <details>
          <summary>Add a quote from a sentence</summary>
          <div class="field">
            <label for="extra-sentence">Sentence</label>
            <select id="extra-sentence" @change=${(e: Event) => (this.extraSentence = (e.target as HTMLSelectElement).value)}>
              ${sentences.map(([id, text]) => html`<option value=${id} ?selected=${id === this.extraSentence}>${id}: ${text.length > 70 ? `${text.slice(0, 69)}…` : text}</option>`)}
            </select>
          </div>
          ${this.text('extra', 'Words of that sentence', this.extraQuote, (v) => (this.extraQuote = v))}
          <button type="button" @click=${this.addQuote}>Add quote</button>
        </details>
      </fieldset>
      <div class="row">
        ${this.select('attribution', 'According to', this.attribution, [['', 'Not said'], ...claimants, [NEW, 'Someone else…']], (v) => (this.attribution = v))}
        ${this.select('via', 'Through', this.via, [['', 'Directly'], ...claimants, [NEW, 'Someone else…']], (v) => (this.via = v))}
      </div>
      ${this.attribution === NEW ? this.text('new-attribution', 'Who says so', this.newAttribution, (v) => (this.newAttribution = v)) : nothing}
      ${this.via === NEW ? this.text('new-via', 'Through whom', this.newVia, (v) => (this.newVia = v)) : nothing}
      ${this.select('certainty', 'Certainty', this.certainty, CERTAINTIES.map((c) => [c, CERTAINTY_LABELS[c]]), (v) => (this.certainty = v as Certainty))}
      ${this.text('hedge', 'Hedging words', this.hedge, (v) => (this.hedge = v), 'The article’s words that make it less than a plain statement.')}
      ${hedges.length > 0
        ? html`<div class="field" role="group" aria-labelledby="hedges-label">
            <span id="hedges-label" class="hint">In the quoted sentences:</span>
            <ul class="chips">
              ${hedges.map(
                (hedge) => html`<li>
                  <button type="button" class="suggestion" aria-pressed=${String(this.hedge === hedge.words)}
                    @click=${() => {
                      this.hedge = hedge.words;
                      this.certainty = hedge.certainty;
                    }}>“${hedge.words}” · ${hedge.certainty}</button>
                </li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <details ?open=${this.qualifications.length > 0 || Boolean(this.label || this.time || this.item)}>
        <summary>More: doubts about part of it, wording, when, concerning</summary>
        ${this.qualifications.map((doubt, i) => this.renderDoubt(doubt, i, sentences))}
        <button type="button" @click=${() => (this.qualifications = [...this.qualifications, { part: '', certainty: 'uncertain', hedge: '', sentence: this.evidence[0]?.sentence ?? sentences[0]?.[0] ?? '' }])}>
          Add a doubt about part of it
        </button>
        ${this.text('label', 'Wording', this.label, (v) => (this.label = v), 'The article’s own verb for this claim, if it differs from the relation (“has agreed to supply”).')}
        ${this.text('time', 'When', this.time, (v) => (this.time = v), 'As the article gives it (“in August”).')}
        ${this.select('item', 'Concerning', this.item, [['', 'Nothing in particular'], ...this.entities()], (v) => (this.item = v))}
      </details>
      <div class="actions">
        <button type="submit" class="primary">${this.editing ? 'Save' : 'Add'}</button>
        <button type="button" @click=${() => emit(this, 'ag-close', null)}>Cancel</button>
      </div>
    </form>`;
  }

  private renderDoubt(doubt: Qualification, i: number, sentences: Array<[string, string]>) {
    const set = (patch: Partial<Qualification>) => (this.qualifications = this.qualifications.map((row, j) => (j === i ? { ...row, ...patch } : row)));
    return html`<fieldset>
      <legend>Doubt ${i + 1}</legend>
      ${this.select(`doubt-sentence-${i}`, 'Sentence', doubt.sentence, sentences.map(([id]) => [id, id]), (v) => set({ sentence: v }))}
      ${this.text(`doubt-part-${i}`, 'Part in doubt', doubt.part, (v) => set({ part: v }), 'Words of that sentence.')}
      ${this.text(`doubt-hedge-${i}`, 'Hedging words of the doubt', doubt.hedge, (v) => set({ hedge: v }))}
      ${this.select(`doubt-certainty-${i}`, 'Certainty of that part', doubt.certainty, CERTAINTIES.map((c) => [c, CERTAINTY_LABELS[c]]), (v) => set({ certainty: v as Certainty }))}
      ${this.error(`doubt-${i}`)}
      <button type="button" @click=${() => (this.qualifications = this.qualifications.filter((_, j) => j !== i))}>Remove this doubt</button>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-relation-form': AgRelationForm;
  }
}
