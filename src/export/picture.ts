/**
 * What the picture exports (PNG, SVG, and PDF through SVG) share: their options, what the shell hands
 * them, and the plan of the picture (what part of the graph, how large, with which caption and legend
 * where), decided once before anything is drawn.
 */
import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import type { ElementSet } from '../model/queries';
import type { ArticleGraph } from '../model/types';
import { UNSCALED, type Encoding } from '../view/encoding';
import type { LevelOfDetail } from '../view/level-of-detail';
import { canCompose, composeAt, pictureExtent, type Composition } from '../view/picture';
import type { ThemeTokens } from '../view/stylesheet';
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
export interface ExportSource {
  cy: Core;
  graph: ArticleGraph;
  shown: ElementSet;
  encoding: Encoding;
  tokens: ThemeTokens;
  /** The level of detail the graph is drawn at (the `full` one's whole-graph picture is composed without Cytoscape). */
  levelOfDetail?: LevelOfDetail;
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

/**
 * The plan of a picture: the part of the graph it shows and the layout of caption, graph and legend.
 * `measure` is a 2D context text is measured with. Run it inside `asExported`, since labels shown for
 * a selection change the graph's bounding box.
 */
/** Whether a node (by key) is drawn in a colour of its own rather than its type's. */
function ownColours(cy: Core): (key: string) => boolean {
  const coloured = new Set(cy.nodes().filter((node) => node.data('color') !== undefined).map((node) => node.data('key') as string));
  return (key) => coloured.has(key);
}

export function planPicture(source: ExportSource, options: PictureOptions, measure: CanvasRenderingContext2D, drawn?: Composition): PicturePlan {
  const { cy, graph, shown, encoding, tokens } = source;
  const scope = scopeOf(options);
  const padding = Math.max(0, options.padding ?? PICTURE_DEFAULTS.padding[scope]);
  let area: GraphArea;
  let graphWidth: number;
  let graphHeight: number;
  if (scope === 'graph') {
    const box = drawn ? boxOf(pictureExtent(drawn)) : cy.elements().boundingBox();
    if ((drawn ? drawn.nodes.length === 0 : cy.elements(':visible').empty()) || !(box.w > 0 && box.h > 0)) throw new ExportError('Nothing to export: no entity is shown.');
    area = { box, zoom: 1 };
    graphWidth = Math.ceil(box.w);
    graphHeight = Math.ceil(box.h);
  } else {
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
    legend: options.legend ? legendSections(graph, shown, encoding, tokens, ownColours(cy)) : undefined,
    tokens,
  });
  return { scope, scale: boundScale(options.scale ?? PICTURE_DEFAULTS.scale), area, layout };
}

function boxOf(extent: { x1: number; y1: number; x2: number; y2: number }): GraphArea['box'] {
  return { x1: extent.x1, y1: extent.y1, w: extent.x2 - extent.x1, h: extent.y2 - extent.y1 };
}

/**
 * The whole graph at its own size without passing state, composed straight from the elements as
 * they stand (positions, what is shown, the theme) with the picture the first frame is drawn with
 * (view/picture.ts), where that picture is Cytoscape's: a graph at the full level of detail without
 * its own colours, sizes or widths, and with more relationships than a small graph (whose every edge
 * label Cytoscape draws). Cytoscape's core is left as it is, with nothing restyled or placed for
 * the export and back. Undefined for any other picture: Cytoscape draws those.
 */
export function composeWhole(source: ExportSource, options: PictureOptions, measure: CanvasRenderingContext2D): Composition | undefined {
  if (scopeOf(options) !== 'graph' || (options.highlight ?? PICTURE_DEFAULTS.highlight) || source.levelOfDetail !== 'full') return undefined;
  const { cy, shown, encoding, tokens } = source;
  const elements: ElementDefinition[] = [];
  cy.elements().forEach((element) => {
    const data = element.data() as ElementDefinition['data'];
    const classes = element.classes() as unknown as string[];
    elements.push(element.isNode() ? { group: 'nodes', data, classes, position: { ...element.position() } } : { group: 'edges', data, classes });
  });
  if (!canCompose(elements)) return undefined;
  const keyOf = (element: ElementDefinition) => String(element.data.key ?? element.data.id);
  const visible = elements.filter((element) => (element.group === 'nodes' ? shown.nodes : shown.edges).has(keyOf(element)));
  const widthOf = (font: string) => (text: string) => {
    measure.font = font;
    return measure.measureText(text).width;
  };
  return composeAt(visible, { encoding, tokens }, { viewport: { zoom: 1, pan: { x: 0, y: 0 } }, scale: UNSCALED }, widthOf);
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
