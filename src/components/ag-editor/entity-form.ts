import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { entityOf, type EntityInput } from '../../model/authoring';
import type { SerializedArticleGraph } from '../../model/types';
import { emit } from '../../events/events';
import { sharedStyles } from '../shared/shared.styles';
import { formStyles } from './forms.styles';

const NEW = '__new';

/**
 * The form for an entity: its name (the selected words to start with, which also become one of the
 * names the article uses for it), its type from the vocabulary or a new one, and a one-line
 * description. With words selected, it also offers to add them as another name of an entity already
 * there.
 *
 * @summary A new entity, or changes to one.
 * @fires ag-entity-submit - Confirmed; detail `{ action: 'add', entity } | { action: 'update', key, entity } | { action: 'alias', key, alias }`.
 * @fires ag-close - Cancelled.
 */
export class AgEntityForm extends LitElement {
  static override styles = [sharedStyles, formStyles];

  /** The graph being made: its vocabulary and entities. */
  @property({ attribute: false }) graph: SerializedArticleGraph | undefined;

  /** The words selected in the text, if any. */
  @property({ attribute: false }) words = '';

  /** Key of the entity being changed; null for a new one. */
  @property({ attribute: false }) editing: string | null = null;

  /** The type to offer first (a suggestion's kind). */
  @property({ attribute: false }) suggestedType: string | undefined;

  @state() private name = '';
  @state() private type = '';
  @state() private newType = '';
  @state() private description = '';
  @state() private aliases: string[] = [];
  @state() private aliasOf = '';
  @state() private error = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('words') && !changed.has('editing')) return;
    const types = this.types();
    const node = this.editing && this.graph ? entityOf(this.graph, this.editing) : undefined;
    if (node) {
      const attributes = node.attributes ?? {};
      this.name = String(attributes.label ?? node.key);
      this.type = typeof attributes.type === 'string' && types.some(([key]) => key === attributes.type) ? attributes.type : (types[0]?.[0] ?? NEW);
      this.description = typeof attributes.description === 'string' ? attributes.description : '';
      this.aliases = Array.isArray(attributes.aliases) ? [...attributes.aliases] : [];
      if (this.words && !this.aliases.includes(this.words)) this.aliases.push(this.words);
    } else {
      this.name = this.words;
      const suggested = this.suggestedType && types.find(([key]) => key === this.suggestedType);
      this.type = suggested ? suggested[0] : (types[0]?.[0] ?? NEW);
      this.description = '';
      this.aliases = this.words ? [this.words] : [];
    }
    this.newType = '';
    this.error = '';
    this.aliasOf = '';
  }

  protected override firstUpdated(): void {
    this.focus();
  }

  /** Moves the keyboard focus to the name field. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
  }

  private types(): Array<[string, string]> {
    return Object.entries(this.graph?.attributes?.vocabulary?.entityTypes ?? {}).map(([key, definition]) => [key, definition.label || key]);
  }

  private entities(): Array<[string, string]> {
    return (this.graph?.nodes ?? []).map((node) => [String(node.key), String(node.attributes?.label ?? node.key)]);
  }

  private submit(event: Event): void {
    event.preventDefault();
    const name = this.name.trim();
    if (name === '') return this.fail('Give the entity a name.');
    if (this.type === NEW && this.newType.trim() === '') return this.fail('Name the new type, or choose one from the list.');
    const taken = this.entities().find(([key, label]) => label.toLowerCase() === name.toLowerCase() && key !== this.editing);
    if (taken) {
      this.aliasOf = taken[0];
      return this.fail(`There is already an entity named ${taken[1]}. Add the words as another name of it below, or choose another name.`);
    }
    const entity: EntityInput = {
      label: name,
      type: this.type === NEW ? { label: this.newType.trim() } : { key: this.type },
      description: this.description,
      aliases: this.aliases,
    };
    emit(this, 'ag-entity-submit', this.editing ? { action: 'update', key: this.editing, entity } : { action: 'add', entity });
  }

  private addAlias(): void {
    if (!this.aliasOf) return this.fail('Choose the entity these words name.');
    emit(this, 'ag-entity-submit', { action: 'alias', key: this.aliasOf, alias: this.words.trim() });
  }

  private fail(message: string): void {
    this.error = message;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    emit(this, 'ag-close', null);
  }

  override render() {
    const types = this.types();
    const others = this.entities().filter(([key]) => key !== this.editing);
    return html`<form @submit=${this.submit} @keydown=${this.onKey} aria-labelledby="entity-heading" novalidate>
      <h2 id="entity-heading">${this.editing ? 'Change entity' : 'New entity'}</h2>
      <div class="field">
        <label for="name">Name</label>
        <input id="name" name="name" autocomplete="off" .value=${this.name} @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)} aria-describedby="entity-error" />
      </div>
      <div class="row">
        <div class="field">
          <label for="type">Type</label>
          <select id="type" name="type" .value=${this.type} @change=${(e: Event) => (this.type = (e.target as HTMLSelectElement).value)}>
            ${types.map(([key, label]) => html`<option value=${key} ?selected=${key === this.type}>${label}</option>`)}
            <option value=${NEW} ?selected=${this.type === NEW}>New type…</option>
          </select>
        </div>
        ${this.type === NEW
          ? html`<div class="field">
              <label for="new-type">New type</label>
              <input id="new-type" name="new-type" autocomplete="off" placeholder="e.g. Companies" .value=${this.newType} @input=${(e: Event) => (this.newType = (e.target as HTMLInputElement).value)} />
            </div>`
          : nothing}
      </div>
      <div class="field">
        <label for="description">Description</label>
        <input id="description" name="description" autocomplete="off" maxlength="300" placeholder="One line: who or what it is, in the article's words" .value=${this.description}
          @input=${(e: Event) => (this.description = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field" role="group" aria-labelledby="names-label">
        <span id="names-label">Names in the article</span>
        ${this.aliases.length > 0
          ? html`<ul class="chips">
              ${this.aliases.map(
                (alias) => html`<li class="chip">
                  ${alias}
                  <button type="button" aria-label=${`Remove the name ${alias}`} @click=${() => (this.aliases = this.aliases.filter((a) => a !== alias))}>×</button>
                </li>`,
              )}
            </ul>`
          : html`<p class="hint">None yet: select the words in the text that name it, then add them here.</p>`}
      </div>
      <p class="error" id="entity-error" role="alert">${this.error}</p>
      <div class="actions">
        <button type="submit" class="primary">${this.editing ? 'Save' : 'Add'}</button>
        <button type="button" @click=${() => emit(this, 'ag-close', null)}>Cancel</button>
      </div>
      ${this.words && !this.editing && others.length > 0
        ? html`<div class="alias-row">
            <div class="field">
              <label for="alias-of">Or add “${this.words}” as another name of</label>
              <select id="alias-of" name="alias-of" .value=${this.aliasOf} @change=${(e: Event) => (this.aliasOf = (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${this.aliasOf === ''}>Choose an entity…</option>
                ${others.map(([key, label]) => html`<option value=${key} ?selected=${key === this.aliasOf}>${label}</option>`)}
              </select>
            </div>
            <button type="button" @click=${this.addAlias}>Add name</button>
          </div>`
        : nothing}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-entity-form': AgEntityForm;
  }
}
