/**
 * The toolbar of one host: one row at every width. Its actions are described once; each is shown
 * in the row from the width its priority allows (container queries in the shell's styles) and in
 * the overflow menu below that width, so a narrow box keeps its most used controls at hand and the
 * rest one tap away. The row is one Tab stop (the ARIA toolbar pattern): arrow keys, Home and End
 * move between its controls.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';

/** From which width (px) an action has room in the row; below it, it is in the overflow menu. */
export const PRIORITY_WIDTHS = { 0: 0, 1: 480, 2: 640, 3: 800, 4: 1000 } as const;
export type Priority = keyof typeof PRIORITY_WIDTHS;

export interface ToolbarAction {
  id: string;
  /** The accessible name, and the text of its overflow menu item. */
  label: string;
  /** What the button in the row shows (a sign, a short word); the label by default. */
  text?: string;
  title?: string;
  priority: Priority;
  /** A toggle's state; undefined for a plain action. */
  pressed?: boolean;
  /** Extra class names of the button in the row. */
  className?: string;
  /** A reference to the button in the row, for a host that gives focus back to it. */
  button?: Ref<HTMLButtonElement>;
  run(): unknown;
}

/** A choice of one among several (the layout), as a select in the row and radio items in the menu. */
export interface ToolbarChoice {
  id: string;
  label: string;
  priority: Priority;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  choose(value: string): unknown;
}

export class ToolbarController implements ReactiveController {
  /** The overflow menu is open. */
  menuOpen = false;
  /** The control of the row that takes the Tab stop. */
  private current = '';
  private readonly row = createRef<HTMLElement>();
  private readonly menuButton = createRef<HTMLButtonElement>();
  private readonly menu = createRef<HTMLElement>();
  private readonly resizeObserver = new ResizeObserver(() => this.keepTabStop());
  private observed: Element | undefined;

  private readonly onDocumentPointer = (event: PointerEvent) => {
    if (this.menuOpen && !event.composedPath().some((target) => target === this.menu.value || target === this.menuButton.value)) this.setMenu(false);
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onDocumentPointer);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onDocumentPointer);
    this.resizeObserver.disconnect();
    this.observed = undefined;
  }

  hostUpdated(): void {
    const row = this.row.value;
    if (row && row !== this.observed) {
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(row);
      this.observed = row;
    }
    this.keepTabStop();
  }

  /** The controls of the row that are shown (the others are in the overflow menu). */
  private controls(): HTMLElement[] {
    const row = this.row.value;
    if (!row) return [];
    return [...row.querySelectorAll<HTMLElement>('[data-control]')].filter((control) => control.getClientRects().length > 0 && !control.matches(':disabled'));
  }

  /** Exactly one shown control of the row takes the Tab stop, the one last focused if it is still shown. */
  private keepTabStop(): void {
    const controls = this.controls();
    if (controls.length === 0) return;
    const stop = controls.find((control) => control.dataset.control === this.current) ?? controls[0]!;
    this.current = stop.dataset.control ?? '';
    for (const control of this.row.value!.querySelectorAll<HTMLElement>('[data-control]')) control.tabIndex = control === stop ? 0 : -1;
  }

  private readonly onRowKey = (event: KeyboardEvent) => {
    const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
    const target = event.composedPath()[0];
    // A select keeps its own arrows (they change its value).
    if (!keys.includes(event.key) || target instanceof HTMLSelectElement) return;
    const controls = this.controls();
    const at = controls.findIndex((control) => control === target || control.contains(target as Node));
    if (at === -1) return;
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? controls.length - 1 : (at + (event.key === 'ArrowRight' ? 1 : -1) + controls.length) % controls.length;
    event.preventDefault();
    this.focusControl(controls[next]!);
  };

  private readonly onRowFocus = (event: FocusEvent) => {
    const control = (event.composedPath() as Element[]).find((target) => target instanceof HTMLElement && target.dataset?.control !== undefined) as HTMLElement | undefined;
    if (control && control.dataset.control !== this.current) {
      this.current = control.dataset.control!;
      this.keepTabStop();
    }
  };

  private focusControl(control: HTMLElement): void {
    this.current = control.dataset.control ?? '';
    this.keepTabStop();
    control.focus();
  }

  /** The row: `before` (outside the roving group), the actions and choices, the overflow menu. */
  render(items: ReadonlyArray<ToolbarAction | ToolbarChoice>, label: string): TemplateResult {
    const overflow = items.filter((item) => item.priority > 0);
    const lowest = Math.max(0, ...overflow.map((item) => item.priority)) as Priority;
    return html`<div class="actions" role="toolbar" aria-label=${label} ${ref(this.row)} @keydown=${this.onRowKey} @focusin=${this.onRowFocus}>
      ${items.map((item) => ('options' in item ? this.renderSelect(item) : this.renderButton(item)))}
      ${overflow.length > 0
        ? html`<span class="overflow" data-priority-up-to=${lowest}>
            <button type="button" class="overflow-toggle" data-control="overflow" aria-label="More controls" title="More controls" aria-haspopup="menu"
              aria-expanded=${String(this.menuOpen)} aria-controls="overflow-menu" @click=${() => this.setMenu(!this.menuOpen, true)} @keydown=${this.onMenuButtonKey} ${ref(this.menuButton)}>⋯</button>
            <div class="overflow-menu card" id="overflow-menu" role="menu" aria-label="More controls" ?hidden=${!this.menuOpen} @keydown=${this.onMenuKey} ${ref(this.menu)}>
              ${overflow.map((item) => ('options' in item ? this.renderRadioGroup(item) : this.renderMenuItem(item)))}
            </div>
          </span>`
        : nothing}
    </div>`;
  }

  private renderButton(action: ToolbarAction) {
    return html`<button type="button" class=${action.className ?? ''} data-control=${action.id} data-priority=${action.priority} aria-label=${action.label}
      title=${action.title ?? action.label} aria-pressed=${action.pressed === undefined ? nothing : String(action.pressed)} @click=${action.run}
      ${ref(action.button ?? createRef())}>${action.text ?? action.label}</button>`;
  }

  private renderSelect(choice: ToolbarChoice) {
    return html`<select data-control=${choice.id} data-priority=${choice.priority} aria-label=${choice.label} .value=${choice.value}
      @change=${(event: Event) => choice.choose((event.target as HTMLSelectElement).value)}>
      ${choice.options.map((option) => html`<option value=${option.value} ?selected=${option.value === choice.value}>${option.label}</option>`)}
    </select>`;
  }

  private renderMenuItem(action: ToolbarAction) {
    const role = action.pressed === undefined ? 'menuitem' : 'menuitemcheckbox';
    return html`<button type="button" role=${role} tabindex="-1" data-priority=${action.priority} aria-checked=${action.pressed === undefined ? nothing : String(action.pressed)}
      @click=${() => this.choose(action.run)}>${action.label}</button>`;
  }

  private renderRadioGroup(choice: ToolbarChoice) {
    return html`<div role="group" aria-label=${choice.label} data-priority=${choice.priority}>
      <span class="menu-heading" aria-hidden="true">${choice.label}</span>
      ${choice.options.map(
        (option) => html`<button type="button" role="menuitemradio" tabindex="-1" aria-checked=${String(option.value === choice.value)} @click=${() => this.choose(() => choice.choose(option.value))}>${option.label}</button>`,
      )}
    </div>`;
  }

  /** Runs a menu item's action, closes the menu and gives focus back to its button. */
  private choose(run: () => unknown): void {
    this.setMenu(false);
    this.menuButton.value?.focus();
    run();
  }

  private menuItems(): HTMLElement[] {
    return [...(this.menu.value?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])].filter((item) => item.getClientRects().length > 0);
  }

  private setMenu(open: boolean, focusFirst = false): void {
    if (open === this.menuOpen) return;
    this.menuOpen = open;
    this.host.requestUpdate();
    if (open && focusFirst) void this.host.updateComplete.then(() => this.menuItems()[0]?.focus());
  }

  private readonly onMenuButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    event.stopPropagation();
    this.setMenu(true);
    void this.host.updateComplete.then(() => {
      const items = this.menuItems();
      items[event.key === 'ArrowDown' ? 0 : items.length - 1]?.focus();
    });
  };

  private readonly onMenuKey = (event: KeyboardEvent) => {
    const items = this.menuItems();
    const at = items.indexOf(event.composedPath()[0] as HTMLElement);
    if (event.key === 'Escape') {
      this.setMenu(false);
      this.menuButton.value?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      items[(at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (event.key === 'Tab') {
      this.setMenu(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };
}
