/**
 * How a graph is fitted into its box, in one place for Cytoscape's view (cytoscape-controller.ts)
 * and for the first picture drawn before it (picture.ts): the bodies of the elements (labels are
 * drawn at a readable size whatever the zoom, and placed where there is room) fill the box less what
 * sheets cover, with a margin around and a little more below for the labels of the lowest nodes, no
 * closer than `MAX_FIT_ZOOM`.
 */

/** The largest zoom a fit may leave: labels about 1.6 times their size in the stylesheet. */
export const MAX_FIT_ZOOM = 1.6;
/** Margin around the graph when it is fitted, in px (as the layouts' own `padding`). */
export const FIT_PADDING = 40;
/** Room kept below the lowest nodes for their labels, in px. */
export const LABEL_ROOM = 24;

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** A rectangle in model units. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What covers the box on each side, in px. */
export interface Covered {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const UNCOVERED: Covered = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The viewport that fits `extent` into a box of `size` (less `insets`) with `padding` around, within
 * `zoom` limits (and never closer than `MAX_FIT_ZOOM`); undefined without an extent or room.
 */
export function fitExtent(
  extent: Extent,
  size: { width: number; height: number },
  options: { padding?: number; insets?: Covered; zoom: { min: number; max: number } },
): Viewport | undefined {
  const padding = options.padding ?? FIT_PADDING;
  const insets = options.insets ?? UNCOVERED;
  const w = extent.x2 - extent.x1;
  const h = extent.y2 - extent.y1;
  const width = size.width - insets.left - insets.right;
  const height = size.height - insets.top - insets.bottom;
  const below = padding + LABEL_ROOM;
  if (!(w >= 0 && h >= 0) || !Number.isFinite(extent.x1) || width <= 0 || height <= 0) return undefined;
  const fit = Math.min((width - 2 * padding) / Math.max(w, 1), (height - padding - below) / Math.max(h, 1));
  const zoom = Math.max(options.zoom.min, Math.min(MAX_FIT_ZOOM, options.zoom.max, fit > 0 ? fit : options.zoom.min));
  const cx = (extent.x1 + extent.x2) / 2;
  const top = padding + Math.max(0, (height - padding - below - h * zoom) / 2);
  return { zoom, pan: { x: insets.left + width / 2 - cx * zoom, y: insets.top + top - extent.y1 * zoom } };
}
