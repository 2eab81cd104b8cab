/**
 * Building Cytoscape's model of a large graph a slice at a time. Adding 25,000 elements, styling
 * them and working out how each is drawn holds the main thread for seconds when done at once (the
 * work happens in the first frame Cytoscape draws). Here each slice is added, styled and measured
 * in a task of its own, and Cytoscape is kept from drawing until the model is whole, so the page
 * (and the overview standing in for the picture meanwhile) answers between slices.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { batch } from '../../view/batch';

/** Milliseconds of work per task. */
const SLICE_BUDGET = 30;
/** Elements added at a time within a slice. */
const STEP = 100;

/** The parts of Cytoscape's renderer this uses: its frame request, and its queue of elements to measure. */
interface Renderer {
  requestedFrame?: boolean;
  flushRenderedStyleQueue?: () => void;
}

const rendererOf = (cy: Core) => (cy as Core & { renderer(): Renderer | undefined }).renderer();

/**
 * Lets the page run its own tasks (input, frames, the element's own later parts, the host page's
 * scripts) before the next slice, queued behind them as one of them: `scheduler.postTask` where there
 * is one, else a zero timeout. (`scheduler.yield()` would resume ahead of them, and keep the rest of
 * the page waiting until the build is done.)
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void) => Promise<void> } }).scheduler;
  return scheduler?.postTask ? scheduler.postTask(() => {}) : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Adds `nodes`, then `edges`, to `cy` (already holding its stylesheet and nothing else), a slice
 * per task; false when `cancelled` says to stop (the elements added so far stay). Cytoscape draws
 * again once it is done, when asked to.
 */
export async function buildInSlices(cy: Core, nodes: readonly ElementDefinition[], edges: readonly ElementDefinition[], cancelled: () => boolean): Promise<boolean> {
  const renderer = rendererOf(cy);
  const hold = () => {
    // Cytoscape draws in its own animation frame callback when a frame has been requested.
    if (renderer) renderer.requestedFrame = false;
  };
  // Nodes are styled before their edges exist: Cytoscape revisits a node's connected edges for
  // every style property it sets, which on a large graph costs more than everything else.
  for (const group of [nodes, edges]) {
    let next = 0;
    while (next < group.length) {
      const start = performance.now();
      while (next < group.length && performance.now() - start < SLICE_BUDGET) {
        const added = batch(cy, () => cy.add(group.slice(next, next + STEP) as ElementDefinition[]));
        next += STEP;
        // Reading a style value makes Cytoscape apply the (otherwise lazy) style now; the renderer
        // then works out where each is drawn and its bounds, as its first frame would.
        added.forEach((element) => void element.numericStyle('width'));
        renderer?.flushRenderedStyleQueue?.();
        added.forEach((element) => void element.boundingBox());
      }
      hold();
      await yieldToPage();
      if (cancelled()) return false;
      hold();
    }
  }
  return true;
}
