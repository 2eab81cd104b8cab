import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { evidenceOf, nodeLabel, statementOf, statementsOf, type Statement } from '../../model/queries';
import type { ArticleGraph } from '../../model/types';
import { attributionDefinition, entityTypeDefinition, entityTypeKey, relationDefinition, relationKey, vocabularyOf } from '../../model/vocabulary';
import { CERTAINTY_ENCODING } from '../../view/encoding';
import { emit } from '../../events/events';
import type { Selection, SelectionKind } from '../../view/view-state';
import { sharedStyles } from '../shared/shared.styles';
import { agDetailsStyles } from './ag-details.styles';

/**
 * What the graph says about the selection: for a node its type, description and relationships
 * written as sentences with their evidence; for an edge its relation, attribution, certainty, time
 * and the article's own words.
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
    return html`
      <div class="kind">${type.label}</div>
      <h3>${nodeLabel(graph, key)}</h3>
      ${typeof attributes.description === 'string' ? html`<p>${attributes.description}</p>` : nothing}
      ${aliases.length > 0 ? html`<p><span class="hint">Also called</span> ${aliases.map((a) => `“${a}”`).join(', ')}</p>` : nothing}
      <h2>Relationships (${statements.length})</h2>
      ${statements.length === 0
        ? html`<p class="hint">No relationships.</p>`
        : html`<ul>
            ${statements.map((statement) => html`<li class="statement">${this.renderStatement(graph, statement)}</li>`)}
          </ul>`}
    `;
  }

  private renderStatement(graph: ArticleGraph, statement: Statement) {
    const certainty = graph.getEdgeAttribute(statement.edge, 'certainty');
    const label = CERTAINTY_ENCODING.find((c) => c.key === certainty)?.label;
    return html`
      <button class="text-button" type="button" @click=${() => this.choose('edge', statement.edge)}>
        ${statement.text}${statement.directed ? nothing : html`<span class="visually-hidden"> (both ways)</span>`}
      </button>
      ${label && certainty !== 'stated' ? html`<span class="badge">${label}</span>` : nothing}
      ${this.renderEvidence(graph, statement.edge)}
    `;
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
    const attribution = typeof attributes.attribution === 'string' ? attributionDefinition(vocabulary, attributes.attribution) : undefined;
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
        ${attribution
          ? html`<dt>According to</dt>
              <dd>${attribution.label}${attribution.phrase && attribution.phrase !== attribution.label ? html` <span class="hint">(“${attribution.phrase}”)</span>` : nothing}</dd>`
          : nothing}
        ${certainty
          ? html`<dt>Certainty</dt>
              <dd>${certainty.label}${typeof attributes.hedge === 'string' ? html`: <span class="hint">“${attributes.hedge}”</span>` : nothing}</dd>`
          : nothing}
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
