/**
 * Gestures over the graph of one host, shared with the page around it the way map embeds share
 * them. Cooperative (in a page that scrolls, or in a frame): one finger or the mouse wheel scrolls
 * the page as it would anywhere else, and a short hint says how to move the graph instead: two
 * fingers pan and pinch it, Ctrl (or ⌘) with the wheel zooms it. Greedy (a page that is the graph):
 * the graph takes every gesture. Taps select either way.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CytoscapeController } from './cytoscape-controller';

export type Gestures = 'auto' | 'cooperative' | 'greedy';

export interface GestureHost extends ReactiveControllerHost, HTMLElement {
  /** `auto` (cooperative where the page scrolls or in a frame), `cooperative` or `greedy`. */
  gestures: Gestures;
}

/** How long the hint stays, in ms. */
const HINT_FOR = 1600;

/** Whether anything around `element` (the page, a scrolled container, a parent frame) scrolls. */
function inScrollingPage(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (view && view.top !== view) return true;
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const { overflowY } = getComputedStyle(node);
      if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return true;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  const page = element.ownerDocument.scrollingElement;
  return page !== null && page.scrollHeight > page.clientHeight + 1;
}

export class GestureController implements ReactiveController {
  /** The hint shown over the graph, if any. */
  hint: string | undefined;
  private stage: HTMLElement | undefined;
  /** The touch gesture under way: left to the page, or given to the graph. */
  private touch: 'page' | 'graph' | undefined;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: GestureHost,
    private readonly cytoscape: CytoscapeController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const stage = this.cytoscape.container?.parentElement ?? undefined;
    if (stage === this.stage) return;
    this.detach();
    this.stage = stage;
    if (!stage) return;
    // Capturing on the stage, before the events reach Cytoscape's own listeners on its container and window.
    for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const) stage.addEventListener(type, this.onTouch, { capture: true, passive: true });
    stage.addEventListener('wheel', this.onWheel, { capture: true, passive: true });
    this.applyTouchAction();
  }

  hostDisconnected(): void {
    this.detach();
    clearTimeout(this.hintTimer);
    this.hint = undefined;
  }

  private detach(): void {
    if (!this.stage) return;
    for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const) this.stage.removeEventListener(type, this.onTouch, { capture: true });
    this.stage.removeEventListener('wheel', this.onWheel, { capture: true });
    this.stage = undefined;
  }

  /** Whether the page keeps its own gestures over the graph now. */
  get cooperative(): boolean {
    if (this.host.gestures === 'cooperative') return true;
    if (this.host.gestures === 'greedy') return false;
    return inScrollingPage(this.host);
  }

  /** One finger pans the page (the browser's own scrolling) in a cooperative graph; the graph takes the rest. */
  private applyTouchAction(): void {
    const container = this.cytoscape.container;
    if (container) container.style.touchAction = this.cooperative ? 'pan-x pan-y' : 'none';
  }

  private readonly onTouch = (event: TouchEvent) => {
    if (event.type === 'touchstart' && this.touch === undefined) {
      this.applyTouchAction();
      this.touch = this.cooperative && event.touches.length === 1 ? 'page' : 'graph';
    } else if (event.type === 'touchstart' && event.touches.length > 1) {
      // A second finger: the gesture is the graph's from here on.
      this.touch = 'graph';
    }
    const page = this.touch === 'page';
    if (event.type === 'touchmove' && page) this.showHint('Use two fingers to move the graph');
    if (event.touches.length === 0) this.touch = undefined;
    // Left to the page: Cytoscape never sees it, so the browser scrolls; a tap still reaches it as a click.
    if (page) event.stopPropagation();
  };

  private readonly onWheel = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey || !this.cooperative) return;
    event.stopPropagation();
    this.showHint(navigator.platform.startsWith('Mac') ? 'Use ⌘ + scroll to zoom the graph' : 'Use Ctrl + scroll to zoom the graph');
  };

  private showHint(text: string): void {
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      this.hint = undefined;
      this.host.requestUpdate();
    }, HINT_FOR);
    if (this.hint === text) return;
    this.hint = text;
    this.host.requestUpdate();
  }

  /** The hint over the graph, while it shows. */
  renderHint() {
    return this.hint ? html`<div class="gesture-hint" role="status">${this.hint}</div>` : nothing;
  }
}
