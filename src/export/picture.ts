/**
 * What the picture exports (PNG, SVG, and PDF through SVG) share: their options, what the shell hands
 * them, and the plan of the picture (what part of the graph, how large, with which caption and legend
 * where), decided once before anything is drawn.
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import type { Box } from '../view/labels';
import type { ThemeTokens } from '../view/stylesheet';
import type { PictureSource } from './composed';
import { ExportError } from './export-error';
import { boundScale } from './limits';
import { captionText, layoutOverlay, legendSections, type OverlayLayout } from './overlay';

export type ExportScope = 'graph' | 'view';

export interface PictureOptions {
  /** `graph` (default): every visible element, however far the view is zoomed. `view`: what the viewport shows. */
  scope?: ExportScope;
  /** Pixels per CSS pixel, 1 to 4 (default 1); a PNG is scaled down when it would exceed the browser's limits. */
  scale?: number;
  /** A CSS colour, or `transparent`. Default: the theme's background. */
  background?: string;
  /** Draw the legend of what is shown below the graph. */
  legend?: boolean;
  /** Draw the title, outlet and date above the graph and a credit line below. */
  caption?: boolean;
  /** Margin around the graph in CSS pixels. Default 24 for the whole graph, 0 for the view. */
  padding?: number;
  /**
   * Keep what the pointer, the selection and a search highlight (default `false` for the whole graph:
   * it is drawn as it stands, whatever is selected). The view is always drawn as it is on screen.
   */
  highlight?: boolean;
}

export const PICTURE_DEFAULTS = {
  scope: 'graph' as ExportScope,
  scale: 1,
  legend: false,
  caption: false,
  highlight: false,
  padding: { graph: 24, view: 0 } as Record<ExportScope, number>,
};

/** What the shell hands to the exporters: the core, what is shown and how it is styled. */
export interface ExportSource extends Omit<PictureSource, 'elements'> {
  cy: Core;
  /**
   * Runs `draw` with the passing state (hover, selection, highlights, keyboard focus) taken off the
   * drawn elements and puts it back after; synchronous, so no frame on screen shows the difference.
   * `draw` may be given the ids of the elements whose labels to draw (the others' are left out).
   */
  withoutPassingState?<T>(draw: (labels?: ReadonlySet<string>) => T): T;
}

/** Where the picture's graph comes from, in Cytoscape's model coordinates. */
export interface GraphArea {
  /** The box of the whole graph (scope `graph`), or of the view (scope `view`, with the zoom). */
  box: { x1: number; y1: number; w: number; h: number };
  /** Model units to CSS pixels: 1 for the whole graph, the view's zoom for the view. */
  zoom: number;
}

export interface PicturePlan {
  scope: ExportScope;
  /** The scale asked for, bounded to 1..4. */
  scale: number;
  area: GraphArea;
  /** Caption, graph and legend in CSS pixels. */
  layout: OverlayLayout;
}

/** The scope an option names; anything else is refused with a sentence. */
export function scopeOf(options: PictureOptions): ExportScope {
  const scope = options.scope ?? PICTURE_DEFAULTS.scope;
  if (scope !== 'graph' && scope !== 'view') throw new ExportError(`scope must be "graph" or "view", not "${String(scope)}".`);
  return scope;
}

/** Runs `draw` on the graph as the export is to show it: without passing state, unless the options keep it. */
export function asExported<T>(source: ExportSource, options: PictureOptions, draw: (labels?: ReadonlySet<string>) => T): T {
  const keep = scopeOf(options) === 'view' || (options.highlight ?? PICTURE_DEFAULTS.highlight);
  if (keep || !source.withoutPassingState) return draw();
  try {
    return source.withoutPassingState(draw);
  } finally {
    // The order was taken for the plain state; the screen's is that of the state put back.
    drawingOrder(source.cy);
  }
}

/** The part of Cytoscape's canvas renderer the exports use; Cytoscape does not type its renderer. */
export interface ElementPainter {
  drawElements?(context: CanvasRenderingContext2D, elements: unknown): void;
  drawElement?(context: CanvasRenderingContext2D, element: unknown, shiftToOriginWithBb?: boolean, showLabel?: boolean): void;
  getCachedZSortedEles?(forceRecalc?: boolean): ArrayLike<SingularElementArgument>;
  recalculateRenderedStyle?(elements: unknown, useCache?: boolean): void;
}

export function rendererOf(cy: Core): ElementPainter | undefined {
  return (cy as Core & { renderer(): ElementPainter | undefined }).renderer();
}

/**
 * The elements in the order Cytoscape draws them, with their geometry (edge ends and arrows, label
 * places) brought up to date: the state drawn changes widths, labels and z-indices, and Cytoscape
 * would otherwise update them only at its next frame.
 */
export function drawingOrder(cy: Core): SingularElementArgument[] {
  const renderer = rendererOf(cy);
  renderer?.recalculateRenderedStyle?.(cy.elements());
  const sorted = renderer?.getCachedZSortedEles?.(true);
  return sorted ? Array.from(sorted) : [...cy.edges().toArray(), ...cy.nodes().toArray()];
}

/** Whether a node (by key) is drawn in a colour of its own rather than its type's. */
function ownColours(source: ExportSource | PictureSource): (key: string) => boolean {
  const coloured =
    'cy' in source
      ? new Set(source.cy.nodes().filter((node) => node.data('color') !== undefined).map((node) => node.data('key') as string))
      : new Set(source.elements.filter((element) => element.group === 'nodes' && element.data.color !== undefined).map((element) => String(element.data.key)));
  return (key) => coloured.has(key);
}

/**
 * The plan of a picture: the part of the graph it shows and the layout of caption, graph and legend.
 * `measure` is a 2D context text is measured with. The whole graph's box is Cytoscape's, or the
 * `composed` picture's (composed.ts). Run it inside `asExported` for Cytoscape's picture, since
 * labels shown for a selection change the graph's bounding box.
 */
export function planPicture(source: ExportSource | PictureSource, options: PictureOptions, measure: CanvasRenderingContext2D, composed?: Box): PicturePlan {
  const { graph, shown, encoding, tokens } = source;
  const cy = 'cy' in source ? source.cy : undefined;
  const scope = scopeOf(options);
  const padding = Math.max(0, options.padding ?? PICTURE_DEFAULTS.padding[scope]);
  let area: GraphArea;
  let graphWidth: number;
  let graphHeight: number;
  if (scope === 'graph') {
    const box = composed ? boxOf(composed) : cy?.elements().boundingBox();
    if (!box || (!composed && cy!.elements(':visible').empty()) || !(box.w > 0 && box.h > 0)) throw new ExportError('Nothing to export: no entity is shown.');
    area = { box, zoom: 1 };
    graphWidth = Math.ceil(box.w);
    graphHeight = Math.ceil(box.h);
  } else {
    if (!cy) throw new ExportError('The view is drawn by Cytoscape: it has no picture of its own to compose.');
    graphWidth = Math.round(cy.width());
    graphHeight = Math.round(cy.height());
    if (!(graphWidth > 0 && graphHeight > 0)) throw new ExportError('Nothing to export: the view has no size (is the element hidden?).');
    const zoom = cy.zoom();
    const pan = cy.pan();
    area = { box: { x1: -pan.x / zoom, y1: -pan.y / zoom, w: graphWidth / zoom, h: graphHeight / zoom }, zoom };
  }
  const layout = layoutOverlay(measure, {
    graphWidth,
    graphHeight,
    padding,
    caption: options.caption ? captionText(graph, shown) : undefined,
    legend: options.legend ? legendSections(graph, shown, encoding, tokens, ownColours(source)) : undefined,
    tokens,
  });
  return { scope, scale: boundScale(options.scale ?? PICTURE_DEFAULTS.scale), area, layout };
}

function boxOf(extent: Box): GraphArea['box'] {
  return { x1: extent.x1, y1: extent.y1, w: extent.x2 - extent.x1, h: extent.y2 - extent.y1 };
}

/** A CSS colour as the canvas reads it; throws on anything else. */
export function canvasColour(value: string): string {
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.fillStyle = '#010203';
  probe.fillStyle = value;
  const parsed = String(probe.fillStyle);
  if (parsed === '#010203' && value.trim().toLowerCase() !== '#010203') throw new ExportError(`"${value}" is not a CSS colour; use a colour such as "#ffffff" or "transparent".`);
  return parsed;
}

/** The background an option asks for: the theme's by default, undefined for `transparent`. */
export function backgroundOf(options: PictureOptions, tokens: ThemeTokens): string | undefined {
  return options.background === 'transparent' ? undefined : canvasColour(options.background ?? tokens.background);
}
