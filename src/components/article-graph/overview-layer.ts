/**
 * The first picture over the container of Cytoscape's canvas, shown while Cytoscape is fetched or
 * builds its model, and removed once it has drawn: at the full level, the picture itself
 * (src/view/picture.ts); for a large graph at the `fast` level, its overview (src/view/overview.ts).
 * The core need not exist yet: `box` is the container's size.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Encoding } from '../../view/encoding';
import type { Covered } from '../../view/fit';
import type { Measure } from '../../view/label-text';
import { drawOverview, drawingOverview, drawOverviewView, fitViewport, NodeIndex, overviewApplies, overviewPaint, type OverviewView, type Viewport } from '../../view/overview';
import type { ElementSet } from '../../model/queries';
import { composePicture, paintPicture } from '../../view/picture';
import { runInSlices } from '../../model/slices';
import type { ThemeTokens } from '../../view/stylesheet';

export interface OverviewLayer {
  /** Where the picture puts the graph now: Cytoscape is given the same, so nothing moves at the swap. */
  readonly viewport: Viewport;
  remove(): void;
  /**
   * A large graph's overview answers the reader until Cytoscape has drawn: the pointer over a node
   * (`hover`), a tap (`tap`, with the node or null), a drag pans it, the wheel (as far as the page
   * leaves it the wheel) and two fingers zoom it.
   */
  listen?(handlers: { hover(id: string | null): void; tap(id: string | null): void }): void;
  /** Draws what the view makes of the graph: what is visible, highlighted and selected. */
  showView?(view: OverviewView & { visible: ElementSet }): void;
}

type Box = { width: number; height: number };
type Look = { encoding: Encoding; tokens: ThemeTokens; pixelRatio: number };

/** A canvas over the container, sized to it, hidden from assistive technology and (until it listens) the pointer. */
function layer(container: HTMLElement, level: 'full' | 'fast', draw: (canvas: HTMLCanvasElement) => void, given?: HTMLCanvasElement): () => void {
  const canvas = given ?? container.ownerDocument.createElement('canvas');
  canvas.className = 'overview';
  canvas.dataset.level = level;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText = 'position:absolute;left:0;top:0;z-index:10;pointer-events:none';
  draw(canvas);
  container.append(canvas);
  return () => canvas.remove();
}

/**
 * Draws the overview when Cytoscape would draw no labels at the fitted zoom, and resolves to it;
 * otherwise (or without positions or room) draws nothing. `nodes` are the node elements among
 * `elements`, which the caller has already picked out. The first picture is painted a slice per
 * task and shown once whole.
 */
export async function showOverview(
  box: Box,
  container: HTMLElement,
  graph: { elements: readonly ElementDefinition[]; nodes: readonly ElementDefinition[] },
  look: Look,
  fit: { padding: number; zoom: { min: number; max: number } },
  /** What the view makes of the graph, drawn with the first picture. */
  initial?: OverviewView & { visible: ElementSet },
): Promise<OverviewLayer | undefined> {
  const paint = overviewPaint(look.encoding, look.tokens);
  const { elements, nodes } = graph;
  // Within the core's own zoom limits, as its fit would be.
  const fitted = fitViewport(nodes, paint.node.size, box, fit.padding, fit.zoom);
  if (!fitted || !overviewApplies(paint, fitted)) return undefined;
  const size = { ...box, pixelRatio: look.pixelRatio };
  let viewport = fitted;
  let visible: ElementSet | undefined = initial?.visible;
  let view: OverviewView | undefined = initial;
  // What is drawn, and at which viewport; between redraws a moved view is the drawing transformed.
  let drawnAt = viewport;
  const base = container.ownerDocument.createElement('canvas');
  const marks = container.ownerDocument.createElement('canvas');
  const redraw = () => {
    drawOverview(base, elements, paint, viewport, size, visible);
    if (view) drawOverviewView(marks, elements, paint, view, look.tokens.accent, viewport, size);
    else marks.getContext('2d')?.clearRect(0, 0, marks.width, marks.height);
    drawnAt = viewport;
    for (const canvas of [base, marks]) canvas.style.transform = '';
  };
  await runInSlices(drawingOverview(base, elements, paint, viewport, size, visible));
  if (view) drawOverviewView(marks, elements, paint, view, look.tokens.accent, viewport, size);
  const removeBase = layer(container, 'fast', () => {}, base);
  marks.setAttribute('aria-hidden', 'true');
  marks.style.cssText = base.style.cssText;
  container.append(marks);
  let settle = 0;
  const move = (next: Viewport) => {
    viewport = { zoom: Math.max(fit.zoom.min, Math.min(6, next.zoom)), pan: next.pan };
    // Moved at once as an image, drawn again once the view rests.
    const k = viewport.zoom / drawnAt.zoom;
    const transform = `translate(${viewport.pan.x - drawnAt.pan.x * k}px, ${viewport.pan.y - drawnAt.pan.y * k}px) scale(${k})`;
    for (const canvas of [base, marks]) {
      canvas.style.transformOrigin = '0 0';
      canvas.style.transform = transform;
    }
    clearTimeout(settle);
    settle = window.setTimeout(redraw, 120);
  };
  const stopListening: Array<() => void> = [];
  return {
    get viewport() {
      return viewport;
    },
    remove() {
      clearTimeout(settle);
      for (const stop of stopListening) stop();
      removeBase();
      marks.remove();
    },
    listen(handlers) {
      stopListening.push(answerPointer(base, paint.node.size / 2, nodes, () => viewport, move, handlers));
    },
    showView(next) {
      const refilter = next.visible !== visible;
      visible = next.visible;
      view = next;
      if (refilter) redraw();
      else drawOverviewView(marks, elements, paint, next, look.tokens.accent, drawnAt, size);
    },
  };
}

/**
 * The overview's answers to the pointer, on `canvas`: the node under it (hover), a tap, a drag
 * that pans, the wheel and two fingers that zoom. Cytoscape, building under it, hears none of
 * these. Returns a function that stops listening.
 */
function answerPointer(
  canvas: HTMLCanvasElement,
  radius: number,
  nodes: readonly ElementDefinition[],
  viewport: () => Viewport,
  move: (viewport: Viewport) => void,
  handlers: { hover(id: string | null): void; tap(id: string | null): void },
): () => void {
  const index = new NodeIndex(nodes, radius);
  const pointers = new Map<number, { x: number; y: number }>();
  let hovered: string | null = null;
  let dragged = false;
  const local = (event: { clientX: number; clientY: number }) => {
    // From the container's box: the canvas itself is moved along while the view moves.
    const container = canvas.parentElement ?? canvas;
    const rect = container.getBoundingClientRect();
    // A container scaled by CSS: client pixels to its own.
    const scale = container.offsetWidth > 0 ? rect.width / container.offsetWidth : 1;
    return { x: (event.clientX - rect.left) / scale, y: (event.clientY - rect.top) / scale };
  };
  const nodeAt = (point: { x: number; y: number }) => {
    const { zoom, pan } = viewport();
    return index.at((point.x - pan.x) / zoom, (point.y - pan.y) / zoom, 4 / zoom) ?? null;
  };
  const zoomAbout = (point: { x: number; y: number }, factor: number) => {
    const { zoom, pan } = viewport();
    const next = zoom * factor;
    move({ zoom: next, pan: { x: point.x - ((point.x - pan.x) / zoom) * next, y: point.y - ((point.y - pan.y) / zoom) * next } });
  };
  const listeners: Array<[string, (event: never) => void, AddEventListenerOptions?]> = [
    [
      'pointerdown',
      (event: PointerEvent) => {
        pointers.set(event.pointerId, local(event));
        dragged = false;
        canvas.setPointerCapture?.(event.pointerId);
      },
    ],
    [
      'pointermove',
      (event: PointerEvent) => {
        const point = local(event);
        const before = pointers.get(event.pointerId);
        if (!before) {
          const id = nodeAt(point);
          if (id !== hovered) handlers.hover((hovered = id));
          return;
        }
        if (pointers.size === 2) {
          const [other] = [...pointers].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
          const factor = Math.hypot(point.x - other!.x, point.y - other!.y) / Math.max(1, Math.hypot(before.x - other!.x, before.y - other!.y));
          zoomAbout({ x: (point.x + other!.x) / 2, y: (point.y + other!.y) / 2 }, factor);
          dragged = true;
        } else if (dragged || Math.hypot(point.x - before.x, point.y - before.y) > 4) {
          const { zoom, pan } = viewport();
          move({ zoom, pan: { x: pan.x + point.x - before.x, y: pan.y + point.y - before.y } });
          dragged = true;
        } else return;
        pointers.set(event.pointerId, point);
      },
    ],
    [
      'pointerup',
      (event: PointerEvent) => {
        if (pointers.delete(event.pointerId) && !dragged && pointers.size === 0) handlers.tap(nodeAt(local(event)));
      },
    ],
    ['pointercancel', (event: PointerEvent) => void pointers.delete(event.pointerId)],
    [
      'pointerleave',
      () => {
        if (hovered !== null) handlers.hover((hovered = null));
      },
    ],
    [
      'wheel',
      (event: WheelEvent) => {
        event.preventDefault();
        zoomAbout(local(event), Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002)));
      },
      { passive: false },
    ],
  ];
  // Cytoscape listens on the container below: what the overview answers stops here.
  const stop = (event: Event) => event.stopPropagation();
  const stopped = ['mousedown', 'mousemove', 'mouseup', 'click', 'touchstart', 'touchmove', 'touchend', 'pointerdown', 'pointermove', 'pointerup', 'wheel'];
  for (const [type, listener, options] of listeners) canvas.addEventListener(type, listener as EventListener, options);
  for (const type of stopped) canvas.addEventListener(type, stop);
  canvas.style.pointerEvents = 'auto';
  return () => {
    for (const [type, listener, options] of listeners) canvas.removeEventListener(type, listener as EventListener, options);
    for (const type of stopped) canvas.removeEventListener(type, stop);
  };
}

/** Draws the full picture of `elements` (which carry positions) fitted as Cytoscape would fit them, and returns it. */
export function showPicture(
  box: Box,
  container: HTMLElement,
  elements: readonly ElementDefinition[],
  look: Look,
  fit: { padding: number; insets: Covered; zoom: { min: number; max: number } },
): OverviewLayer | undefined {
  const composition = composePicture(elements, look, { ...box, ...fit }, textMeasure(container.ownerDocument));
  if (!composition) return undefined;
  const remove = layer(container, 'full', (canvas) => paintPicture(canvas, composition, { ...box, pixelRatio: look.pixelRatio }));
  return { viewport: composition.viewport, remove };
}

/** Measures text in a canvas font, as Cytoscape measures its labels. */
function textMeasure(document: Document): (font: string) => Measure {
  const context = document.createElement('canvas').getContext('2d');
  return (font) => (text) => {
    if (!context) return text.length * 8;
    context.font = font;
    return context.measureText(text).width;
  };
}
