import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { searchNodes, type SearchHit } from '../../model/queries';
import type { ArticleGraph } from '../../model/types';
import { emit } from '../../events/events';
import { sharedStyles } from '../shared/shared.styles';
import { agSearchStyles } from './ag-search.styles';

let instances = 0;

/**
 * A search box over node labels and aliases, with suggestions as a listbox (ARIA combobox pattern).
 *
 * @summary Finds a node by any of its names.
 * @fires ag-search-pick - A suggestion was chosen; detail `{ key }`.
 */
export class AgSearch extends LitElement {
  static override styles = [sharedStyles, agSearchStyles];

  /** The graph to search. */
  @property({ attribute: false }) graph: ArticleGraph | undefined;

  @state() private query = '';
  @state() private hits: SearchHit[] = [];
  @state() private active = -1;
  @state() private open = false;
  @query('input') private input!: HTMLInputElement;

  private readonly listId = `ag-search-list-${++instances}`;

  override render() {
    const expanded = this.open && this.query.trim() !== '';
    return html`
      <input
        type="search"
        role="combobox"
        aria-label="Search entities"
        placeholder="Search entities…"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls=${this.listId}
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${this.active >= 0 ? `${this.listId}-${this.active}` : nothing}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @focus=${() => (this.open = true)}
        @blur=${() => setTimeout(() => (this.open = false), 150)}
      />
      <ul class="card" id=${this.listId} role="listbox" aria-label="Suggestions" ?hidden=${!expanded}>
        ${this.hits.length === 0
          ? html`<li class="none" role="presentation">No entity matches “${this.query}”</li>`
          : this.hits.map(
              (hit, index) => html`<li
                id="${this.listId}-${index}"
                role="option"
                aria-selected=${index === this.active ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.pick(hit)}
              >
                ${hit.label}${hit.matched !== hit.label ? html`<span class="alias">“${hit.matched}”</span>` : nothing}
              </li>`,
            )}
      </ul>
    `;
  }

  private onInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    this.hits = this.graph ? searchNodes(this.graph, this.query) : [];
    this.active = this.hits.length > 0 ? 0 : -1;
    this.open = true;
  }

  private onKeydown(event: KeyboardEvent) {
    const count = this.hits.length;
    if (event.key === 'ArrowDown' && count > 0) {
      this.active = (this.active + 1) % count;
      this.open = true;
    } else if (event.key === 'ArrowUp' && count > 0) {
      this.active = (this.active - 1 + count) % count;
    } else if (event.key === 'Enter') {
      const hit = this.hits[this.active] ?? this.hits[0];
      if (hit) this.pick(hit);
    } else if (event.key === 'Escape') {
      if (this.open && this.query) this.open = false;
      else return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  }

  private pick(hit: SearchHit) {
    this.query = hit.label;
    this.open = false;
    emit(this, 'ag-search-pick', { key: hit.key });
  }

  /** Clears the query and suggestions. */
  clear() {
    this.query = '';
    this.hits = [];
    this.active = -1;
  }

  override focus() {
    this.input?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-search': AgSearch;
  }
}
