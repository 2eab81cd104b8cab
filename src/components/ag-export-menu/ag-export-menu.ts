import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { emit, type AgExportRequestDetail } from '../../events/events';
import { EXPORT_FORMATS } from '../../export/formats';
import type { ExportScope } from '../../export/png';
import { sharedStyles } from '../shared/shared.styles';
import { agExportMenuStyles } from './ag-export-menu.styles';

const SCALES = [1, 2, 3, 4] as const;

/** Every choice of every format in the registry, in its order. */
const CHOICES = Object.values(EXPORT_FORMATS).flatMap((descriptor) =>
  descriptor.choices.map((choice) => ({ label: choice.label, hint: choice.hint, format: descriptor.format, scope: (choice.options.scope ?? 'graph') as ExportScope })),
);

/**
 * The export menu of `<article-graph>`'s toolbar: a button that opens a list of formats and a scale
 * choice. It asks the shell to export; the shell does the work and reports back through `status`.
 *
 * @summary Export menu: PNG of the view or the whole graph, SVG, JSON.
 * @fires ag-export-request - A format was chosen; detail `{ format, scope, scale }`.
 *
 * @csspart label - The word "Export" on the menu's button, beside its icon; the shell hides it on small boxes.
 */
export class AgExportMenu extends LitElement {
  static override styles = [sharedStyles, agExportMenuStyles];

  /** A short report of the last export (done, scaled down, or failed), shown in the menu and announced. */
  @property() status = '';

  /** True while an export runs; the choices are disabled. */
  @property({ type: Boolean }) busy = false;

  @state() private open = false;
  @state() private scale: AgExportRequestDetail['scale'] = 2;

  @query('.toggle') private toggleButton!: HTMLButtonElement;

  private readonly onDocumentPointer = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open' as keyof AgExportMenu)) {
      if (this.open) document.addEventListener('pointerdown', this.onDocumentPointer);
      else document.removeEventListener('pointerdown', this.onDocumentPointer);
    }
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.open = false;
      this.toggleButton.focus();
    }
  }

  private request(choice: (typeof CHOICES)[number]) {
    emit(this, 'ag-export-request', { format: choice.format, scope: choice.scope, scale: this.scale });
  }

  override render() {
    return html`<div @keydown=${this.onKeydown}>
      <button type="button" class="toggle" aria-label="Export" aria-haspopup="true" aria-expanded=${String(this.open)} aria-controls="export-panel" title="Export the graph" @click=${() => (this.open = !this.open)}>
        <svg class="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5v8M4.5 6.5 8 10l3.5-3.5M2.5 12.5v2h11v-2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" /></svg>
        <span part="label">Export</span> <span aria-hidden="true">▾</span>
      </button>
      <div class="panel card" id="export-panel" role="group" aria-label="Export" ?hidden=${!this.open}>
        <fieldset class="scales">
          <legend>Scale</legend>
          ${SCALES.map(
            (scale) => html`<button type="button" aria-pressed=${String(this.scale === scale)} aria-label="Scale ${scale} times" @click=${() => (this.scale = scale)}>${scale}x</button>`,
          )}
        </fieldset>
        <ul>
          ${CHOICES.map(
            (choice) => html`<li>
              <button type="button" class="choice" data-format=${choice.format} data-scope=${choice.scope} ?disabled=${this.busy} @click=${() => this.request(choice)}>
                <span>${choice.label}</span>
                <span class="hint">${choice.hint}</span>
              </button>
            </li>`,
          )}
        </ul>
        <p class="status" role="status">${this.busy ? 'Exporting…' : this.status || nothing}</p>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-export-menu': AgExportMenu;
  }
}
