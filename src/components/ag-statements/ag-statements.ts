import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { evidenceOf, nodeLabel, statementOf, type ElementSet } from '../../model/queries';
import type { ArticleGraph } from '../../model/types';
import { emit } from '../../events/events';
import type { Selection, SelectionKind } from '../../view/view-state';
import { sharedStyles } from '../shared/shared.styles';
import { agStatementsStyles } from './ag-statements.styles';

/** More statements than this are not written out: the list is a reading aid, not a dump of a huge graph. */
export const MAX_STATEMENTS = 500;

/**
 * Statements written out per task: a long list is written a part at a time, so that the page
 * answers meanwhile. A list this long or shorter (an article's) is written at once.
 */
const STATEMENTS_PER_TASK = 50;
const AT_ONCE = 100;

/**
 * The graph written out as statements, one per relationship ('Bashar al-Assad — supplies → Hezbollah')
 * with the article's words as evidence: the alternative to the canvas for screen readers and for anyone
 * who prefers a list. Follows the legend's filters and the focus. While closed it stays in the page
 * for assistive technology as plain text, without controls; open, each statement is a button.
 *
 * @summary The graph as a list of statements with their evidence.
 *
 * @fires ag-choose - A statement or an entity was chosen; detail `{ kind, key }`.
 * @fires ag-close - The close button was pressed.
 */
export class AgStatements extends LitElement {
  static override styles = [sharedStyles, agStatementsStyles];

  /** The graph to list. */
  @property({ attribute: false }) graph: ArticleGraph | undefined;

  /** What the filters and focus leave visible; undefined lists everything. */
  @property({ attribute: false }) visible: ElementSet | undefined;

  /** The selected node or edge, marked in the list. */
  @property({ attribute: false }) selection: Selection | null = null;

  /** Shown on screen with buttons, or kept for assistive technology only. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** How many statements are written out so far; the rest follow a part per task. */
  private written = AT_ONCE;
  private writing: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.writing);
    this.writing = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('graph') || changed.has('visible')) this.written = (this.graph?.size ?? 0) <= AT_ONCE ? AT_ONCE : STATEMENTS_PER_TASK;
  }

  /** Resolves once every statement to be listed is written out, not only the first part. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.writing !== undefined) {
      await new Promise((resolve) => setTimeout(resolve));
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    const total = this.graph ? Math.min(MAX_STATEMENTS, this.graph.size) : 0;
    if (this.written >= total || this.writing !== undefined) return;
    this.writing = setTimeout(() => {
      this.writing = undefined;
      this.written += STATEMENTS_PER_TASK;
      this.requestUpdate();
    });
  }

  private choose(kind: SelectionKind, key: string) {
    emit(this, 'ag-choose', { kind, key });
  }

  private close() {
    emit(this, 'ag-close', null);
  }

  private isSelected(kind: SelectionKind, key: string): boolean {
    return this.selection?.kind === kind && this.selection.key === key;
  }

  override render() {
    const graph = this.graph;
    if (!graph) return nothing;
    const visible = this.visible;
    const edges = graph.edges().filter((edge) => !visible || visible.edges.has(edge));
    const isolated = graph
      .nodes()
      .filter((node) => (!visible || visible.nodes.has(node)) && (visible ? !graph.someEdge(node, (edge) => visible.edges.has(edge)) : graph.degree(node) === 0))
      .slice(0, MAX_STATEMENTS);
    const total = graph.size;
    const count = edges.length === total ? `${total}` : `${edges.length} of ${total}`;
    const shown = edges.slice(0, MAX_STATEMENTS);
    return html`
      <section aria-labelledby="statements-title">
        <div class="head">
          <h2 id="statements-title">Statements (${count})</h2>
          ${this.open ? html`<button type="button" aria-label="Close the list" @click=${this.close}>✕</button>` : nothing}
        </div>
        <ol aria-label="Relationships">
          ${parts(shown.slice(0, this.written), STATEMENTS_PER_TASK).map((part) =>
            // A part already written is not written again while what it shows stays the same.
            guard([graph, visible, this.selection, this.open, part.join('\u0000')], () => part.map((edge) => this.renderStatement(graph, edge))),
          )}
        </ol>
        ${shown.length < edges.length
          ? html`<p>The first ${shown.length.toLocaleString('en')} of ${edges.length.toLocaleString('en')} statements are listed; hide relations or entity types in the legend, or focus on an entity, to list the rest.</p>`
          : nothing}
        ${isolated.length > 0
          ? html`<h2>Entities without relationships</h2>
              <ul class="isolated">
                ${isolated.map((node) => html`<li>${this.open ? html`<button type="button" aria-pressed=${String(this.isSelected('node', node))} @click=${() => this.choose('node', node)}>${nodeLabel(graph, node)}</button>` : nodeLabel(graph, node)}</li>`)}
              </ul>`
          : nothing}
      </section>
    `;
  }

  private renderStatement(graph: ArticleGraph, edge: string) {
    const statement = statementOf(graph, edge);
    const arrow = statement.directed ? '→' : '—';
    // Read aloud, the arrows are left out: 'Bashar al-Assad has agreed to supply Hezbollah'.
    const words = html`${statement.subject} <span class="arrow" aria-hidden="true">—</span> ${statement.verb}
      <span class="arrow" aria-hidden="true">${arrow}</span> ${statement.object}`;
    const quotes = evidenceOf(graph, edge);
    return html`<li>
      ${this.open ? html`<button type="button" aria-pressed=${String(this.isSelected('edge', edge))} @click=${() => this.choose('edge', edge)}>${words}</button>` : words}
      ${quotes.map((evidence) => html`<blockquote>“${evidence.quote}”</blockquote>`)}
    </li>`;
  }
}

/** `items` cut into parts of `size`. */
function parts<T>(items: readonly T[], size: number): T[][] {
  const cut: T[][] = [];
  for (let start = 0; start < items.length; start += size) cut.push(items.slice(start, start + size));
  return cut;
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-statements': AgStatements;
  }
}
