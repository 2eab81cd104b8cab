/**
 * PNG export: the graph drawn by Cytoscape at the chosen scale, composed on a canvas with the
 * background, an optional caption and legend. The size is decided before drawing and kept within the
 * browser's canvas limits (see limits.ts), so the result is never blank.
 */
import type { Core } from 'cytoscape';
import type { ElementSet } from '../model/queries';
import type { ArticleGraph } from '../model/types';
import type { Encoding } from '../view/encoding';
import type { ThemeTokens } from '../view/stylesheet';
import { boundScale, describeClamp, fitScale, MAX_SIDE, type ScaleDecision } from './limits';
import { captionText, layoutOverlay, legendSections, paintOverlay } from './overlay';
import { ExportError } from './export-error';

export type ExportScope = 'graph' | 'view';

export interface PngExportOptions {
  /** `graph` (default): every visible element, however far the view is zoomed. `view`: what the viewport shows. */
  scope?: ExportScope;
  /** Pixels per CSS pixel, 1 to 4 (default 1); lowered when the image would exceed the browser's limits. */
  scale?: number;
  /** A CSS colour, or `transparent`. Default: the theme's background. */
  background?: string;
  /** Draw the legend of what is shown below the graph. */
  legend?: boolean;
  /** Draw the title, outlet and date above the graph and a credit line below. */
  caption?: boolean;
  /** Margin around the graph in CSS pixels. Default 24 for the whole graph, 0 for the view. */
  padding?: number;
}

export const PNG_DEFAULTS = {
  scope: 'graph' as ExportScope,
  scale: 1,
  legend: false,
  caption: false,
  padding: { graph: 24, view: 0 } as Record<ExportScope, number>,
};

/** What the shell hands to the exporter: the core, what is shown and how it is styled. */
export interface ExportSource {
  cy: Core;
  graph: ArticleGraph;
  shown: ElementSet;
  encoding: Encoding;
  tokens: ThemeTokens;
}

/**
 * An exported PNG: a Blob, usable wherever one is (downloads, `<img>`, uploads), that also says how
 * it was made. `clamped` is set when the scale was lowered to stay within the canvas limits, and
 * `notice` then says so in a sentence.
 */
export class ExportedImage extends Blob {
  readonly width: number;
  readonly height: number;
  /** The scale used. */
  readonly scale: number;
  /** The scale asked for (after bounding to 1..4). */
  readonly requestedScale: number;
  readonly clamped: ScaleDecision['clamped'];
  readonly notice: string;

  constructor(parts: BlobPart[], decision: ScaleDecision) {
    super(parts, { type: 'image/png' });
    this.width = decision.width;
    this.height = decision.height;
    this.scale = decision.scale;
    this.requestedScale = decision.requested;
    this.clamped = decision.clamped;
    this.notice = describeClamp(decision);
  }
}

export { ExportError };

/** Lets the browser paint and handle input between the heavy steps of an export. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob && blob.size > 0 ? resolve(blob) : reject(new ExportError(`The browser could not encode a ${canvas.width} x ${canvas.height} px PNG.`))), 'image/png');
  });
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

/** The canvas renderer's drawing of elements onto any 2D context, which `cy.png()` uses itself. */
interface ElementPainter {
  drawElements?(context: CanvasRenderingContext2D, elements: unknown): void;
  getCachedZSortedEles?(): unknown;
}

/**
 * Draws the graph into the composed image at (x, y), within `width` x `height` CSS px, at `scale`:
 * the whole graph (`box` is its bounding box) or the view. Cytoscape paints straight onto the
 * image, as it does onto the canvas it makes for `cy.png()`: no second full-size canvas to copy,
 * and the pixels are encoded once. A renderer without that painter goes through `cy.png()`.
 */
async function drawGraph(
  cy: Core,
  context: CanvasRenderingContext2D,
  target: { x: number; y: number; width: number; height: number; scale: number; box: { x1: number; y1: number } | undefined },
): Promise<void> {
  const { x, y, scale, box } = target;
  const renderer = (cy as Core & { renderer(): ElementPainter | undefined }).renderer();
  if (typeof renderer?.drawElements === 'function' && typeof renderer.getCachedZSortedEles === 'function') {
    context.save();
    context.beginPath();
    context.rect(x, y, Math.ceil(target.width * scale), Math.ceil(target.height * scale));
    context.clip();
    if (box) {
      context.translate(x - box.x1 * scale, y - box.y1 * scale);
      context.scale(scale, scale);
    } else {
      const pan = cy.pan();
      context.translate(x + pan.x * scale, y + pan.y * scale);
      context.scale(scale * cy.zoom(), scale * cy.zoom());
    }
    renderer.drawElements(context, renderer.getCachedZSortedEles());
    context.restore();
    return;
  }
  // Passing maxWidth keeps Cytoscape from multiplying by the screen's pixel ratio: the scale is ours.
  const drawn = await cy.png({ output: 'blob-promise', full: box !== undefined, scale, maxWidth: MAX_SIDE, maxHeight: MAX_SIDE });
  const bitmap = await createImageBitmap(drawn);
  context.drawImage(bitmap, x, y);
  bitmap.close();
}

export async function renderPng(source: ExportSource, options: PngExportOptions = {}): Promise<ExportedImage> {
  const { cy, graph, shown, encoding, tokens } = source;
  const scope = options.scope ?? PNG_DEFAULTS.scope;
  if (scope !== 'graph' && scope !== 'view') throw new ExportError(`scope must be "graph" or "view", not "${String(scope)}".`);
  const requested = boundScale(options.scale ?? PNG_DEFAULTS.scale);
  const padding = Math.max(0, options.padding ?? PNG_DEFAULTS.padding[scope]);
  const background = options.background === 'transparent' ? undefined : canvasColour(options.background ?? tokens.background);

  // Labels are drawn in the on-screen font; measuring or drawing before it has loaded would use a fallback.
  await document.fonts.ready;

  let graphWidth: number;
  let graphHeight: number;
  let box: { x1: number; y1: number; w: number; h: number } | undefined;
  if (scope === 'graph') {
    box = cy.elements().boundingBox();
    if (cy.elements(':visible').empty() || !(box.w > 0 && box.h > 0)) throw new ExportError('Nothing to export: no entity is shown.');
    graphWidth = Math.ceil(box.w);
    graphHeight = Math.ceil(box.h);
  } else {
    graphWidth = Math.round(cy.width());
    graphHeight = Math.round(cy.height());
    if (!(graphWidth > 0 && graphHeight > 0)) throw new ExportError('Nothing to export: the view has no size (is the element hidden?).');
  }

  const scratch = document.createElement('canvas').getContext('2d')!;
  const layout = layoutOverlay(scratch, {
    graphWidth,
    graphHeight,
    padding,
    caption: options.caption ? captionText(graph, shown) : undefined,
    legend: options.legend ? legendSections(graph, shown, encoding, tokens) : undefined,
    tokens,
  });
  const decision = fitScale(layout.width, layout.height, requested);
  const scale = decision.scale;

  await breathe();
  const canvas = document.createElement('canvas');
  canvas.width = decision.width;
  canvas.height = decision.height;
  const context = canvas.getContext('2d');
  if (!context) throw new ExportError(`The browser refused a ${decision.width} x ${decision.height} px canvas.`);
  if (background) {
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.setTransform(scale, 0, 0, scale, 0, 0);
  paintOverlay(context, layout, tokens);
  context.setTransform(1, 0, 0, 1, 0, 0);
  const at = { x: Math.round(layout.graph.x * scale), y: Math.round(layout.graph.y * scale) };
  await drawGraph(cy, context, { ...at, width: graphWidth, height: graphHeight, scale, box });
  await breathe();
  const blob = await toBlob(canvas);
  // Free the pixels now rather than when the collector gets to them.
  canvas.width = canvas.height = 0;
  return new ExportedImage([blob], decision);
}
