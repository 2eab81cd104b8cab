/**
 * Holds the view of one host (view-state.ts): every change goes through `update` with a pure
 * transition, the host re-renders, and after it has, the drawn view is applied to Cytoscape with
 * the smallest change (or, until Cytoscape holds the graph, shown on the overview standing in for
 * it). A change of selection is announced with `ag-select`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ElementSet } from '../../model/queries';
import type { ArticleGraph } from '../../model/types';
import { emit } from '../../events/events';
import { applyView, elementsOf } from '../../view/apply-view';
import { drawnView, INITIAL_VIEW, sameSelection, VIEW_CLASSES, visibleElements, type DrawnView, type ViewClass, type ViewState } from '../../view/view-state';
import type { CytoscapeController } from './cytoscape-controller';

export class ViewController implements ReactiveController {
  private current: ViewState = INITIAL_VIEW;
  private data: ArticleGraph | undefined;
  /** The graph whose elements Cytoscape holds. */
  private drawnGraph: ArticleGraph | undefined;
  /** The view last applied to the drawn elements; undefined once they are replaced. */
  private applied: { state: ViewState; view: DrawnView } | undefined;
  /** The view last shown on the overview, before Cytoscape holds the graph. */
  private previewed: ViewState | undefined;
  private visibleMemo: { graph: ArticleGraph; state: ViewState; visible: ElementSet } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly cytoscape: CytoscapeController,
    /** Whether hovering fades the rest: only at the full level of detail. */
    private readonly fadeOnHover: () => boolean,
  ) {
    host.addController(this);
  }

  get state(): ViewState {
    return this.current;
  }

  /** The graph the view is of. */
  get graph(): ArticleGraph | undefined {
    return this.data;
  }

  /** Applies a transition; a change of selection is announced with `ag-select`. */
  update(transition: (state: ViewState, graph: ArticleGraph | undefined) => ViewState): void {
    const before = this.current;
    const next = transition(before, this.data);
    if (next === before) return;
    this.current = next;
    this.host.requestUpdate();
    if (!sameSelection(before.selection, next.selection)) {
      emit(this.host, 'ag-select', { kind: next.selection?.kind ?? null, key: next.selection?.key ?? null });
    }
  }

  /** A new graph: a fresh view, with nothing announced. */
  reset(graph: ArticleGraph, state: ViewState): void {
    this.data = graph;
    this.current = state;
    this.applied = undefined;
    this.previewed = undefined;
    this.host.requestUpdate();
  }

  /**
   * What the filters, focus and story leave visible; the same object until one of them (or the
   * graph) changes. Treat it as read-only.
   */
  visible(): ElementSet | undefined {
    const graph = this.data;
    if (!graph) return undefined;
    const memo = this.visibleMemo;
    const state = this.current;
    if (
      memo?.graph === graph &&
      memo.state.hiddenRelations === state.hiddenRelations &&
      memo.state.hiddenTypes === state.hiddenTypes &&
      memo.state.focusDepth === state.focusDepth &&
      (state.focusDepth === 0 || sameSelection(memo.state.selection, state.selection)) &&
      memo.state.story?.steps === state.story?.steps &&
      memo.state.story?.step === state.story?.step
    ) {
      return memo.visible;
    }
    const visible = visibleElements(graph, state);
    this.visibleMemo = { graph, state, visible };
    return visible;
  }

  /** Cytoscape now holds the elements of `graph` (a new draw): the view is applied to them from nothing. */
  drawn(graph: ArticleGraph): void {
    this.drawnGraph = graph;
    this.applied = undefined;
    this.apply();
  }

  hostUpdated(): void {
    if (this.applied?.state !== this.current) this.apply();
  }

  /** Applies the current view to Cytoscape, if there is a graph drawn; else shows it on the overview standing in for it. */
  apply(): void {
    const cy = this.cytoscape.cy;
    const graph = this.data;
    const visible = this.visible();
    if (!graph || !visible) return;
    if (!cy || cy.destroyed() || graph !== this.drawnGraph) {
      if (this.previewed === this.current) return;
      this.previewed = this.current;
      this.cytoscape.showView(drawnView(graph, this.current, { visible, fadeOnHover: false }));
      return;
    }
    const view = drawnView(graph, this.current, { visible, fadeOnHover: this.fadeOnHover() });
    applyView(cy, this.applied?.view, view);
    this.applied = { state: this.current, view };
  }

  /**
   * Runs `draw` with the drawn elements as the graph stands, without what passes (hover, selection,
   * highlights, story emphasis, keyboard focus), and puts it all back after. Synchronous: no frame is
   * painted in between, so the screen never shows the difference. Style transitions are switched off
   * meanwhile (Cytoscape would otherwise still be fading between the two), and any under way finished.
   */
  withoutPassingState<T>(draw: () => T): T {
    const cy = this.cytoscape.cy;
    const graph = this.data;
    const applied = this.applied;
    if (!cy || cy.destroyed() || !graph || graph !== this.drawnGraph || !applied) return draw();
    const none = () => ({ nodes: new Set<string>(), edges: new Set<string>() });
    const classes = Object.fromEntries(VIEW_CLASSES.map((name) => [name, none()])) as Record<ViewClass, ReturnType<typeof none>>;
    const plain: DrawnView = { visible: applied.view.visible, classes, selected: none() };
    // Only the elements the passing state touches change, and those still fading from an earlier one.
    const focused = cy.elements('.keyboard-focus');
    let touched = focused.union(cy.elements(':animated'));
    for (const set of [...Object.values(applied.view.classes), applied.view.selected]) touched = touched.union(elementsOf(cy, set));
    if (touched.empty()) return draw();
    touched.style('transition-duration', 0);
    touched.stop(true, true);
    // What transitions leave behind: the stylesheet itself sets opacity by class only.
    touched.removeStyle('opacity');
    applyView(cy, applied.view, plain);
    focused.removeClass('keyboard-focus');
    try {
      return draw();
    } finally {
      applyView(cy, plain, applied.view);
      focused.addClass('keyboard-focus');
      // Styles are computed when read: read them now, while nothing transitions.
      touched.forEach((element) => void element.numericStyle('opacity'));
      touched.removeStyle('transition-duration');
    }
  }
}
