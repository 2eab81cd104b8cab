/**
 * Cytoscape maps pointer events to the graph through the container's box, which it caches and
 * refreshes only when the container resizes or an ancestor it can reach scrolls. From inside a shadow
 * root it reaches none of the page's ancestors, and it never hears that the element moved; then a
 * click lands beside the node. Refreshing the box as each pointer gesture starts keeps the mapping
 * right in scrolled, transformed and moving hosts, for one layout read per event.
 */
import type { Core } from 'cytoscape';

interface RendererWithCoordinates {
  invalidateContainerClientCoordsCache?: () => void;
}

/** The events Cytoscape maps; these listeners run first (capture), so the box is fresh when it looks. */
const POINTER_EVENTS = ['pointerdown', 'pointermove', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'touchmove'] as const;

/** Keeps `cy`'s pointer mapping in step with where `container` is; returns the function that stops it. */
export function followContainerBox(cy: Core, container: HTMLElement): () => void {
  const renderer = (cy as Core & { renderer?: () => RendererWithCoordinates }).renderer?.();
  const refresh = () => renderer?.invalidateContainerClientCoordsCache?.();
  for (const type of POINTER_EVENTS) container.addEventListener(type, refresh, { capture: true, passive: true });
  return () => {
    for (const type of POINTER_EVENTS) container.removeEventListener(type, refresh, { capture: true });
  };
}
