import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { emit } from '../../events/events';
import { sharedStyles } from '../shared/shared.styles';
import { agHelpStyles } from './ag-help.styles';

export interface Shortcut {
  keys: string[];
  does: string;
}

/** Every keyboard shortcut of `<article-graph>`, in the order a newcomer needs them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Tab'], does: 'Reach the graph; the canvas takes keyboard focus' },
  { keys: ['←', '↑', '→', '↓'], does: 'Move to the nearest entity in that direction' },
  { keys: ['Shift + arrow'], does: 'Follow a relationship: move to the nearest connected entity in that direction' },
  { keys: ['Enter'], does: 'Select the entity under keyboard focus (Space too)' },
  { keys: ['Esc'], does: 'Close this help or the list; else clear the selection' },
  { keys: ['+'], does: 'Zoom in' },
  { keys: ['−'], does: 'Zoom out' },
  { keys: ['0'], does: 'Fit the graph into view' },
  { keys: ['/'], does: 'Search for an entity' },
  { keys: ['L'], does: 'Show or hide the graph as a list of statements' },
  { keys: ['?'], does: 'Show or hide this help' },
];

/**
 * The keyboard shortcuts of the graph, shown over it.
 *
 * @summary Help overlay listing the keyboard shortcuts.
 *
 * @fires ag-close - The help was closed with its button or Escape.
 */
export class AgHelp extends LitElement {
  static override styles = [sharedStyles, agHelpStyles];

  /** Shown or not. */
  @property({ type: Boolean, reflect: true }) open = false;

  @query('.close') private closeButton!: HTMLButtonElement | null;

  protected override updated(changed: PropertyValues<this>): void {
    // Opening moves focus into the help, so that a keyboard user lands on it.
    if (changed.has('open') && this.open) this.closeButton?.focus();
  }

  private close() {
    emit(this, 'ag-close', null);
  }

  override render() {
    if (!this.open) return nothing;
    return html`<div class="dialog card" role="dialog" aria-modal="false" aria-labelledby="help-title" @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close();
      }
    }}>
      <div class="head">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <button type="button" class="close" aria-label="Close keyboard shortcuts" @click=${this.close}>✕</button>
      </div>
      <table>
        <tbody>
          ${SHORTCUTS.map(
            (shortcut) => html`<tr>
              <th scope="row">${shortcut.keys.map((key) => html`<kbd>${key}</kbd>`)}</th>
              <td>${shortcut.does}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-help': AgHelp;
  }
}
