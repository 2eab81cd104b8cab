/**
 * Building Cytoscape's model of a large graph a slice at a time. Adding 25,000 elements, styling
 * them and working out how each is drawn holds the main thread for seconds when done at once (the
 * work happens in the first frame Cytoscape draws). Here each slice is added, styled and measured
 * in a task of its own, and Cytoscape is kept from drawing until the model is whole, so the page
 * (and the overview standing in for the picture meanwhile) answers between slices. Its first frame of
 * the whole graph is drawn ahead the same way (`drawAhead`).
 */
import type cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import { batch } from '../../view/batch';
import { SLICE_BUDGET, yieldToPage } from '../../model/slices';

/** Elements added at a time within a slice. */
const STEP = 25;

/**
 * The parts of Cytoscape's renderer this uses (it does not type them): its frame request, its queue of
 * elements to measure, its drawing order, cached drawing and layered texture cache.
 */
interface Renderer {
  requestedFrame?: boolean;
  flushRenderedStyleQueue?: () => void;
  getCachedZSortedEles?: () => ArrayLike<unknown>;
  drawCachedElements?: (context: CanvasRenderingContext2D, elements: unknown[], pixelRatio: number, extent: unknown) => void;
  getPixelRatio?: () => number;
  data?: { lyrTxrCache?: LayerCache };
}

const rendererOf = (cy: Core) => (cy as Core & { renderer(): Renderer | undefined }).renderer();

/**
 * Keeps Cytoscape from drawing until the returned function is called, whoever asks it to meanwhile
 * (its own caches ask for frames as they refine textures): a frame drawn with part of a large graph
 * is time lost, and would spoil the picture drawn ahead. The frame asked for comes once released.
 */
export function holdFrames(cy: Core): () => void {
  const renderer = rendererOf(cy) as (Renderer & Record<string, unknown>) | undefined;
  if (!renderer || Object.getOwnPropertyDescriptor(renderer, 'requestedFrame')?.get) return () => {};
  Object.defineProperty(renderer, 'requestedFrame', { configurable: true, get: () => false, set: () => {} });
  return () => {
    delete renderer.requestedFrame;
    renderer.requestedFrame = true;
  };
}

/**
 * Adds `nodes`, then `edges`, to `cy` (already holding its stylesheet and nothing else), a slice
 * per task; false when `cancelled` says to stop (the elements added so far stay). Cytoscape draws
 * again once it is done, when asked to.
 */
export async function buildInSlices(cy: Core, nodes: readonly ElementDefinition[], edges: readonly ElementDefinition[], cancelled: () => boolean): Promise<boolean> {
  const renderer = rendererOf(cy);
  // Cytoscape draws in its own animation frame callback when a frame has been requested.
  const hold = () => void (renderer && (renderer.requestedFrame = false));
  const add = (slice: ElementDefinition[]) => {
    const added = batch(cy, () => cy.add(slice));
    // Reading a style value makes Cytoscape apply the (otherwise lazy) style now; the renderer
    // then works out where each is drawn and its bounds, as its first frame would.
    added.forEach((element) => void element.numericStyle('width'));
    renderer?.flushRenderedStyleQueue?.();
    added.forEach((element) => void element.boundingBox());
  };
  // Nodes are styled before their edges exist: Cytoscape revisits a node's connected edges for
  // every style property it sets, which on a large graph costs more than everything else.
  for (const group of [nodes, edges]) if (!(await inSlices(group, add, hold, cancelled))) return false;
  return true;
}

/** A picture of part of the drawing in Cytoscape's layered texture cache. */
interface Layer {
  eles: unknown[];
  invalid?: boolean;
}

/** Cytoscape's cache of a large graph's drawing as a few pictures (layers) per zoom level. */
interface LayerCache {
  layersByLevel?: Record<number, Layer[]>;
  makeLayer?: (box: BoundingBox, level: number) => Layer;
  drawEleInLayer?: (layer: Layer, element: unknown, level: number, pixelRatio: number) => void;
}

interface BoundingBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

/** The levels (powers of two of the zoom) Cytoscape keeps layers for, and its largest layer. */
const LAYER_LEVELS = { min: -4, max: 2, maxZoom: 3.99, maxArea: 4000 * 4000, maxSide: 32767 };

/** Runs `step` on `items` a slice per task; false when `cancelled` says to stop. */
async function inSlices<T>(items: readonly T[], step: (slice: T[]) => void, hold: () => void, cancelled: () => boolean): Promise<boolean> {
  let next = 0;
  while (next < items.length) {
    const start = performance.now();
    while (next < items.length && performance.now() - start < SLICE_BUDGET) {
      step(items.slice(next, next + STEP));
      next += STEP;
    }
    hold();
    await yieldToPage();
    if (cancelled()) return false;
  }
  return true;
}

/**
 * Draws, a slice per task, what Cytoscape's first frame of the whole graph would otherwise draw in
 * one go (at 25,000 elements, far longer than a task should take). For a large graph Cytoscape keeps
 * the drawing as a picture per zoom level (its layered texture cache), which it fills a few elements
 * per frame once the graph has stopped changing, drawing every element itself meanwhile; here the
 * picture of the view's level is filled between the page's tasks, in Cytoscape's drawing order, so
 * that the first frame only puts it on screen. Set the view first. Where Cytoscape keeps no picture
 * (zoomed in far), or the cache is not as expected, its first frame draws as usual.
 */
export async function drawAhead(cy: Core, cancelled: () => boolean): Promise<boolean> {
  const renderer = rendererOf(cy);
  const cache = renderer?.data?.lyrTxrCache;
  if (!renderer?.getCachedZSortedEles || !renderer.drawCachedElements || !cache?.layersByLevel || !cache.makeLayer || !cache.drawEleInLayer) return true;
  const hold = () => void (renderer.requestedFrame = false);
  const pixelRatio = renderer.getPixelRatio?.() ?? 1;
  const zoom = cy.zoom();
  const level = Math.max(LAYER_LEVELS.min, Math.ceil(Math.log2(zoom * pixelRatio)));
  if (zoom >= LAYER_LEVELS.maxZoom || level > LAYER_LEVELS.max) return true;

  // Cytoscape restyles a node the first time it draws it (its background images' state), which
  // would spoil the picture: each node is drawn once beforehand onto a canvas of one pixel, and the
  // restyles are taken in.
  const scratch = document.createElement('canvas').getContext('2d');
  if (!scratch) return true;
  const extent = cy.extent();
  if (!(await inSlices(cy.nodes().toArray(), (slice) => renderer.drawCachedElements!(scratch, slice, pixelRatio, extent), hold, cancelled))) return false;
  renderer.flushRenderedStyleQueue?.();

  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity, w: 0, h: 0 };
  const grow = (slice: cytoscape.SingularElementArgument[]) => {
    for (const element of slice) {
      // Asked (and kept) for each element when Cytoscape sorts them into its drawing order.
      void (element as unknown as { interactive(): boolean }).interactive();
      const { x1, y1, x2, y2 } = element.boundingBox();
      box.x1 = Math.min(box.x1, x1);
      box.y1 = Math.min(box.y1, y1);
      box.x2 = Math.max(box.x2, x2);
      box.y2 = Math.max(box.y2, y2);
    }
  };
  if (!(await inSlices(cy.elements().toArray(), grow, hold, cancelled))) return false;
  const ordered = Array.from(renderer.getCachedZSortedEles()) as cytoscape.SingularElementArgument[];
  hold();
  await yieldToPage();
  if (cancelled()) return false;
  box.w = box.x2 - box.x1;
  box.h = box.y2 - box.y1;
  const scale = 2 ** level;
  const [width, height] = [Math.ceil(box.w * scale), Math.ceil(box.h * scale)];
  if (!(width > 0 && height > 0) || width > LAYER_LEVELS.maxSide || height > LAYER_LEVELS.maxSide || width * height > LAYER_LEVELS.maxArea) return true;

  const layer = cache.makeLayer(box, level);
  // The level's one layer: whatever Cytoscape held at this level was of elements gone since.
  cache.layersByLevel[level] = [layer];
  const fill = (slice: cytoscape.SingularElementArgument[]) => {
    // Something restyled meanwhile (the reader, through the overview) has spoilt the picture:
    // Cytoscape draws the first frame itself.
    if (layer.invalid) return;
    for (const element of slice) {
      const scratchpad = (element as unknown as { _private: { rscratch: { imgLayerCaches?: Record<number, Layer> } } })._private.rscratch;
      (scratchpad.imgLayerCaches ??= {})[level] = layer;
      layer.eles.push(element);
      cache.drawEleInLayer!(layer, element, level, pixelRatio);
    }
  };
  return inSlices(ordered, fill, hold, cancelled);
}
