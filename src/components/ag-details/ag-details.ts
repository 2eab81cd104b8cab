import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { attributionOf, evidenceOf, nodeLabel, qualificationsOf, statementOf, statementsConcerning, statementsOf, type Statement } from '../../model/queries';
import type { ArticleGraph, Qualification } from '../../model/types';
import { entityTypeDefinition, entityTypeKey, relationDefinition, relationKey, vocabularyOf } from '../../model/vocabulary';
import { CERTAINTY_ENCODING } from '../../view/encoding';
import { emit } from '../../events/events';
import type { Selection, SelectionKind } from '../../view/view-state';
import { sharedStyles } from '../shared/shared.styles';
import { agDetailsStyles } from './ag-details.styles';

/**
 * What the graph says about the selection: for a node its type, description (with the sentences it is
 * drawn from), its relationships in the order the article states them and the claims about it, each
 * written as a sentence with who makes it, how surely, and its evidence; for an edge its relation, who
 * claims it and through whom, its certainty and any doubt about part of it, time and the article's own
 * words.
 *
 * @summary Details of the selected node or edge, with evidence.
 * @fires ag-choose - A relationship or entity in the panel was chosen; detail `{ kind, key }`.
 */
export class AgDetails extends LitElement {
  static override styles = [sharedStyles, agDetailsStyles];

  /** The graph the selection belongs to. */
  @property({ attribute: false }) graph: ArticleGraph | undefined;

  /** The selection to describe, or null for none. */
  @property({ attribute: false }) selection: Selection | null = null;

  override render() {
    const { graph, selection } = this;
    if (!graph) return nothing;
    if (!selection) {
      return html`<p class="hint">Select an entity or a relationship in the graph to see what the article says about it, in its own words.</p>
        <p class="hint">${graph.order} entities, ${graph.size} relationships.</p>`;
    }
    if (selection.kind === 'node' && graph.hasNode(selection.key)) return this.renderNode(graph, selection.key);
    if (selection.kind === 'edge' && graph.hasEdge(selection.key)) return this.renderEdge(graph, selection.key);
    return nothing;
  }

  private renderNode(graph: ArticleGraph, key: string) {
    const attributes = graph.getNodeAttributes(key);
    const type = entityTypeDefinition(vocabularyOf(graph), entityTypeKey(attributes));
    const aliases = (Array.isArray(attributes.aliases) ? attributes.aliases.map(String) : []).filter(
      (alias) => alias !== nodeLabel(graph, key),
    );
    const statements = statementsOf(graph, key);
    const concerning = statementsConcerning(graph, key);
    const cited = Array.isArray(attributes.descriptionSentences) ? attributes.descriptionSentences.map(String) : [];
    return html`
      <div class="kind">${type.label}</div>
      <h3>${nodeLabel(graph, key)}</h3>
      ${typeof attributes.description === 'string'
        ? html`<p class="description">
            ${attributes.description}${cited.length > 0
              ? html`<span class="cite">${cited.length === 1 ? 'Sentence' : 'Sentences'} ${cited.join(', ')}</span>`
              : nothing}
          </p>`
        : nothing}
      ${aliases.length > 0 ? html`<p><span class="hint">Also called</span> ${aliases.map((a) => `“${a}”`).join(', ')}</p>` : nothing}
      <h2>Relationships (${statements.length})</h2>
      ${statements.length === 0 ? html`<p class="hint">No relationships.</p>` : this.renderStatements(graph, statements)}
      ${concerning.length > 0
        ? html`<h2>Claims concerning ${nodeLabel(graph, key)} (${concerning.length})</h2>
            ${this.renderStatements(graph, concerning)}`
        : nothing}
    `;
  }

  private renderStatements(graph: ArticleGraph, statements: Statement[]) {
    return html`<ul>
      ${statements.map((statement) => html`<li class="statement" data-edge=${statement.edge}>${this.renderStatement(graph, statement)}</li>`)}
    </ul>`;
  }

  private renderStatement(graph: ArticleGraph, statement: Statement) {
    const certainty = graph.getEdgeAttribute(statement.edge, 'certainty');
    const label = CERTAINTY_ENCODING.find((c) => c.key === certainty)?.label;
    // What the article states plainly needs no claimant: it is the article's own.
    const claim = certainty === 'stated' ? undefined : attributionOf(graph, statement.edge);
    return html`
      <button class="text-button" type="button" @click=${() => this.choose('edge', statement.edge)}>
        ${statement.text}${statement.directed ? nothing : html`<span class="visually-hidden"> (both ways)</span>`}
      </button>
      ${label && certainty !== 'stated' ? html`<span class="badge">${label}</span>` : nothing}
      ${claim ? html`<p class="hint claimant">According to ${claim.text}</p>` : nothing}
      ${qualificationsOf(graph, statement.edge).map((doubt) => html`<p class="hint doubt">${this.renderDoubt(doubt)}</p>`)}
      ${this.renderEvidence(graph, statement.edge)}
    `;
  }

  /** 'Uncertain: whether the system has already been delivered or is still pending (“It remains uncertain”, sentence p2s2)'. */
  private renderDoubt(doubt: Qualification) {
    const certainty = CERTAINTY_ENCODING.find((c) => c.key === doubt.certainty)?.label ?? doubt.certainty;
    return html`${certainty}: ${doubt.part} <span class="hint">(“${doubt.hedge}”, sentence ${doubt.sentence})</span>`;
  }

  private renderEvidence(graph: ArticleGraph, edge: string) {
    return evidenceOf(graph, edge).map(
      (item) => html`<blockquote data-sentence=${item.sentence}>
        “${item.quote}”<span class="cite">Sentence ${item.sentence}</span>
      </blockquote>`,
    );
  }

  private renderEdge(graph: ArticleGraph, key: string) {
    const attributes = graph.getEdgeAttributes(key);
    const vocabulary = vocabularyOf(graph);
    const relation = relationDefinition(vocabulary, relationKey(attributes));
    const statement = statementOf(graph, key);
    const certainty = CERTAINTY_ENCODING.find((c) => c.key === attributes.certainty);
    const claim = attributionOf(graph, key);
    const doubts = qualificationsOf(graph, key);
    const item = typeof attributes.item === 'string' && graph.hasNode(attributes.item) ? attributes.item : undefined;
    const source = graph.source(key);
    const target = graph.target(key);
    return html`
      <div class="kind">Relationship</div>
      <h3>${statement.text}</h3>
      <dl>
        <dt>Relation</dt>
        <dd>${relation.label}${relation.definition ? html`: <span class="hint">${relation.definition}</span>` : nothing}</dd>
        <dt>From</dt>
        <dd><button class="item" type="button" @click=${() => this.choose('node', source)}>${nodeLabel(graph, source)}</button></dd>
        <dt>To</dt>
        <dd><button class="item" type="button" @click=${() => this.choose('node', target)}>${nodeLabel(graph, target)}</button></dd>
        ${item
          ? html`<dt>Concerning</dt>
              <dd><button class="item" type="button" @click=${() => this.choose('node', item)}>${nodeLabel(graph, item)}</button></dd>`
          : nothing}
        ${claim
          ? html`<dt>According to</dt>
              <dd>
                ${claim.text}${!claim.via && claim.claimant.phrase && claim.claimant.phrase !== claim.claimant.label
                  ? html` <span class="hint">(“${claim.claimant.phrase}”)</span>`
                  : nothing}
              </dd>`
          : nothing}
        ${certainty
          ? html`<dt>Certainty</dt>
              <dd>${certainty.label}${typeof attributes.hedge === 'string' ? html`: <span class="hint">“${attributes.hedge}”</span>` : nothing}</dd>`
          : nothing}
        ${doubts.map((doubt) => html`<dt>In doubt</dt><dd class="doubt-row">${this.renderDoubt(doubt)}</dd>`)}
        ${typeof attributes.time === 'string' ? html`<dt>When</dt><dd>${attributes.time}</dd>` : nothing}
      </dl>
      ${evidenceOf(graph, key).length > 0 ? html`<h2>Evidence</h2>${this.renderEvidence(graph, key)}` : nothing}
    `;
  }

  private choose(kind: SelectionKind, key: string) {
    emit(this, 'ag-choose', { kind, key });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-details': AgDetails;
  }
}
