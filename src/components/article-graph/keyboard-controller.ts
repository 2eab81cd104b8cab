/**
 * Keyboard use of the graph and what a screen reader hears about it.
 *
 * The canvas container takes focus (Tab). Arrow keys move a keyboard focus between the visible
 * entities, to the nearest one in that direction; Shift with an arrow follows a relationship, to the
 * nearest connected entity in that direction. Enter or Space selects; Escape closes the help or the
 * list, else clears the selection. `+` `-` `0` zoom and fit, `/` searches, `L` toggles the list of
 * statements, `?` the help. A live region announces the keyboard focus and the selection.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { nodeLabel, statementOf } from '../../model/queries';
import type { ArticleGraph } from '../../model/types';
import { entityTypeKey, humanise } from '../../model/vocabulary';
import { batch } from '../../view/batch';
import { nodeElementId } from '../../view/elements';
import type { Selection } from '../../view/view-state';
import type { CytoscapeController } from './cytoscape-controller';
import type { Direction } from './keyboard-navigation';
import type { ViewController } from './view-controller';

/** What the keys act on: the element's own public methods. */
export interface KeyboardHost extends ReactiveControllerHost, HTMLElement {
  select(selection: Selection | null): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  /** Moves the keyboard focus to the search box. */
  focusSearch(): void;
}

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** Moving loads with the parts that come after the first picture (see `prepare`), or on the first arrow key. */
let navigation: typeof import('./keyboard-navigation') | undefined;
let navigationLoading: Promise<typeof import('./keyboard-navigation')> | undefined;
function loadNavigation() {
  return (navigationLoading ??= import('./keyboard-navigation').then((module) => (navigation = module)));
}

/** 'Hezbollah, armed group, 14 relationships'. The type is named from its key: the vocabulary's labels are plurals for the legend. */
export function describeNode(graph: ArticleGraph, key: string): string {
  const type = humanise(entityTypeKey(graph.getNodeAttributes(key)));
  const degree = graph.degree(key);
  return `${nodeLabel(graph, key)}, ${type}, ${degree} relationship${degree === 1 ? '' : 's'}`;
}

/** What the live region says about a selection. */
export function describeSelection(graph: ArticleGraph, selection: Selection | null): string {
  if (!selection) return 'Selection cleared';
  if (selection.kind === 'node') return graph.hasNode(selection.key) ? `Selected ${describeNode(graph, selection.key)}` : '';
  return graph.hasEdge(selection.key) ? `Selected relationship: ${statementOf(graph, selection.key).text}` : '';
}

export class KeyboardController implements ReactiveController {
  /** Key of the node under keyboard focus, if any. */
  focused: string | undefined;
  helpOpen = false;
  listOpen = false;
  private announced = '';
  private lastSelection: Selection | null = null;
  private readonly liveRegion = createRef<HTMLElement>();

  constructor(
    private readonly host: KeyboardHost,
    private readonly cytoscape: CytoscapeController,
    private readonly view: ViewController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onHostKey);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onHostKey);
  }

  hostUpdated(): void {
    const selection = this.view.state.selection;
    const data = this.view.graph;
    if (selection?.kind === this.lastSelection?.kind && selection?.key === this.lastSelection?.key) return;
    const hadSelection = this.lastSelection !== null;
    this.lastSelection = selection;
    if (!data || (!selection && !hadSelection)) return;
    if (selection?.kind === 'node') this.focused = selection.key;
    this.announce(describeSelection(data, selection));
  }

  /** The text of the live region, kept outside Lit's rendering so that announcing costs no update. */
  private announce(text: string): void {
    this.announced = text;
    if (this.liveRegion.value) this.liveRegion.value.textContent = text;
  }

  /** The live region that announces the keyboard focus and the selection. */
  renderLiveRegion() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" data-live-region ${ref(this.liveRegion)}></div>`;
  }

  get announcement(): string {
    return this.announced;
  }

  toggleHelp = (): void => {
    this.helpOpen = !this.helpOpen;
    this.host.requestUpdate();
  };

  toggleList = (): void => {
    this.listOpen = !this.listOpen;
    this.host.requestUpdate();
  };

  readonly closeHelp = () => {
    this.helpOpen = false;
    this.host.requestUpdate();
    this.cytoscape.container?.focus();
  };

  readonly closeList = () => {
    this.listOpen = false;
    this.host.requestUpdate();
    this.cytoscape.container?.focus();
  };

  /** Shortcuts that work anywhere in the component except while typing. */
  private readonly onHostKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    if (event.key === '?') {
      this.toggleHelp();
    } else if (event.key === '/') {
      this.host.focusSearch();
    } else if (event.key === 'l' || event.key === 'L') {
      this.toggleList();
    } else if (event.key === 'Escape' && (this.helpOpen || this.listOpen)) {
      if (this.helpOpen) this.closeHelp();
      else this.closeList();
    } else if (event.key === 'Escape' && this.view.state.selection) {
      // Anywhere else in the component (a panel, the toolbar), Escape clears the selection, as on the canvas.
      this.host.select(null);
    } else return;
    event.preventDefault();
  };

  /** Keys of the canvas itself: moving, selecting, zooming. */
  readonly onCanvasKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const direction = DIRECTIONS[event.key];
    if (direction && navigation) this.move(direction, event.shiftKey);
    else if (direction) void loadNavigation().then(() => this.move(direction, event.shiftKey));
    else if (event.key === 'Enter' || event.key === ' ') this.selectFocused();
    else if (event.key === 'Escape' && !this.helpOpen && !this.listOpen) {
      this.host.select(null);
      this.setFocus(undefined);
    } else if (event.key === '+' || event.key === '=') this.host.zoomIn();
    else if (event.key === '-' || event.key === '_') this.host.zoomOut();
    else if (event.key === '0') this.host.fit();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  readonly onCanvasFocus = () => {
    this.markFocus();
  };

  readonly onCanvasBlur = () => {
    this.cytoscape.cy?.nodes('.keyboard-focus').removeClass('keyboard-focus');
  };

  private visibleNodes(cy: Core): NodeSingular[] {
    const visible = this.view.visible();
    return cy.nodes().filter((node) => !visible || visible.nodes.has(node.data('key'))).toArray() as NodeSingular[];
  }

  private move(direction: Direction, alongEdges: boolean): void {
    const cy = this.cytoscape.cy;
    const data = this.view.graph;
    if (!cy || !data || cy.destroyed() || !navigation) return;
    const nodes = this.visibleNodes(cy);
    if (nodes.length === 0) return;
    const next = navigation.nextFocus(cy, nodes, this.focused, direction, alongEdges);
    if (next) this.setFocus(next);
    else if (this.focused !== undefined) this.announce(`No ${alongEdges ? 'connected ' : ''}entity ${direction === 'up' || direction === 'down' ? direction : `to the ${direction}`} of ${nodeLabel(data, this.focused)}`);
  }

  /** Loads what moving needs; the host calls it once the graph is drawn. */
  prepare(): Promise<unknown> {
    return loadNavigation();
  }

  private setFocus(key: string | undefined): void {
    this.focused = key;
    this.markFocus();
    const data = this.view.graph;
    if (key !== undefined && data?.hasNode(key)) this.announce(describeNode(data, key));
  }

  private markFocus(): void {
    const cy = this.cytoscape.cy;
    if (!cy || cy.destroyed()) return;
    batch(cy, () => {
      cy.nodes('.keyboard-focus').removeClass('keyboard-focus');
      if (this.focused === undefined) return;
      const node = cy.getElementById(nodeElementId(this.focused));
      if (node.empty()) return;
      node.addClass('keyboard-focus');
    });
    const node = this.focused !== undefined ? cy.getElementById(nodeElementId(this.focused)) : undefined;
    if (node && node.nonempty()) {
      // Keep the focused node on screen.
      const { x, y } = node.renderedPosition();
      const margin = 30;
      if (x < margin || y < margin || x > cy.width() - margin || y > cy.height() - margin) {
        cy.stop();
        cy.animate({ center: { eles: node }, duration: 200 });
      }
    }
  }

  private selectFocused(): void {
    if (this.focused === undefined) return;
    this.host.select({ kind: 'node', key: this.focused });
  }
}
