/**
 * PNG export: the graph at the chosen scale on a canvas with the background, an optional caption and
 * legend. The whole graph is composed from its elements with the screen's own first pictures
 * (composed.ts: the same picture, without restyling Cytoscape's graph or waiting for its build);
 * the view, and what those pictures do not draw, Cytoscape draws. The size is decided before drawing
 * and kept within the browser's canvas limits (see limits.ts), so the result is never blank.
 */
import type { Core } from 'cytoscape';
import { describeClamp, fitScale, MAX_SIDE, type ScaleDecision } from './limits';
import { canvasPainter, paintOverlay } from './overlay';
import { ExportError } from './export-error';
import { runInSlices, yieldToPage } from '../model/slices';
import { composingGraph, type PictureSource } from './composed';
import { asExported, backgroundOf, drawingOrder, PICTURE_DEFAULTS, planPicture, rendererOf, type ExportScope, type ExportSource, type GraphArea, type PictureOptions, type PicturePlan } from './picture';

export type { ExportScope, ExportSource };
export { canvasColour } from './picture';

/** The options of `exportPng`: those of every picture (see picture.ts). */
export type PngExportOptions = PictureOptions;

export const PNG_DEFAULTS = PICTURE_DEFAULTS;

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

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob && blob.size > 0 ? resolve(blob) : reject(new ExportError(`The browser could not encode a ${canvas.width} x ${canvas.height} px PNG.`))), 'image/png');
  });
}

/**
 * Draws the graph into the composed image at (x, y), `area` at `scale`. Cytoscape paints straight
 * onto the image, as it does onto the canvas it makes for `cy.png()`: no second full-size canvas to
 * copy, and the pixels are encoded once. A renderer without that painter hands back `cy.png()`'s
 * picture to be drawn in (synchronous too, so that it shows the graph as exported).
 */
function drawGraph(
  cy: Core,
  context: CanvasRenderingContext2D,
  target: { x: number; y: number; width: number; height: number; scale: number; area: GraphArea; full: boolean },
  labels?: ReadonlySet<string>,
): Blob | undefined {
  const { x, y, scale, area } = target;
  const renderer = rendererOf(cy);
  if (typeof renderer?.drawElements === 'function' && typeof renderer.getCachedZSortedEles === 'function') {
    context.save();
    context.beginPath();
    context.rect(x, y, Math.ceil(target.width * scale), Math.ceil(target.height * scale));
    context.clip();
    context.translate(x - area.box.x1 * area.zoom * scale, y - area.box.y1 * area.zoom * scale);
    context.scale(scale * area.zoom, scale * area.zoom);
    const ordered = drawingOrder(cy);
    if (labels && renderer.drawElement) for (const element of ordered) renderer.drawElement(context, element, false, labels.has(element.id()));
    else renderer.drawElements(context, ordered);
    context.restore();
    return undefined;
  }
  // Passing maxWidth keeps Cytoscape from multiplying by the screen's pixel ratio: the scale is ours.
  return cy.png({ output: 'blob', full: target.full, scale, maxWidth: MAX_SIDE, maxHeight: MAX_SIDE });
}

/** The canvas of the picture, sized by `decision`; refused with a sentence when the browser gives none. */
function canvasFor(decision: ScaleDecision, opaque = false): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = decision.width;
  canvas.height = decision.height;
  const context = canvas.getContext('2d', { alpha: !opaque });
  if (!context) throw new ExportError(`The browser refused a ${decision.width} x ${decision.height} px canvas.`);
  return { canvas, context };
}

/** Paints caption and legend at the picture's scale; gives where the graph goes, in pixels. */
function paintFrame(context: CanvasRenderingContext2D, plan: PicturePlan, decision: ScaleDecision, tokens: ExportSource['tokens']): { x: number; y: number } {
  const { layout } = plan;
  const scale = decision.scale;
  context.setTransform(scale, 0, 0, scale, 0, 0);
  paintOverlay(canvasPainter(context, tokens), layout, tokens);
  context.setTransform(1, 0, 0, 1, 0, 0);
  return { x: Math.round(layout.graph.x * scale), y: Math.round(layout.graph.y * scale) };
}

/**
 * Puts the background beneath everything painted: last, so that what the graph clears (such as the
 * line under a translucent arrowhead) shows it too.
 */
function paintBackground(context: CanvasRenderingContext2D, decision: ScaleDecision, background: string | undefined): void {
  if (!background) return;
  context.globalCompositeOperation = 'destination-over';
  context.fillStyle = background;
  context.fillRect(0, 0, decision.width, decision.height);
  context.globalCompositeOperation = 'source-over';
}

/** Pixels beyond which a canvas is made, and drawn on, in tasks of their own (an article's at scale 2 is 5.9 million). */
const LARGE_CANVAS = 8_000_000;

/**
 * Measures text in a canvas font, each text once per font: a label is measured to
 * wrap it and again for its size. The context's font is set only when it changes.
 */
function textMeasure(): (font: string) => (text: string) => number {
  // A context of its own: nothing else sets its font.
  const context = document.createElement('canvas').getContext('2d')!;
  const widths = new Map<string, Map<string, number>>();
  let current: string | undefined;
  return (font) => {
    let known = widths.get(font);
    if (!known) widths.set(font, (known = new Map()));
    const measured = known;
    return (text) => {
      let width = measured.get(text);
      if (width === undefined) {
        if (current !== font) context.font = current = font;
        width = context.measureText(text).width;
        measured.set(text, width);
      }
      return width;
    };
  };
}

/** The canvas as a PNG: the browser encodes it in its idle time, the page answering meanwhile. */
async function encoded(canvas: HTMLCanvasElement, decision: ScaleDecision): Promise<ExportedImage> {
  const blob = await toBlob(canvas);
  // Free the pixels now rather than when the collector gets to them.
  canvas.width = canvas.height = 0;
  return new ExportedImage([blob], decision);
}

/**
 * The PNG of the whole graph composed from its elements (composed.ts), without Cytoscape: undefined
 * where only Cytoscape draws the picture asked for (`renderPng` draws it then). A large graph is
 * drawn a slice per task, the page answering in between.
 */
export async function composedPng(source: PictureSource, options: PngExportOptions = {}): Promise<ExportedImage | undefined> {
  const background = backgroundOf(options, source.tokens);
  await document.fonts.ready;
  const scratch = document.createElement('canvas').getContext('2d')!;
  // The reader waits for it: its slices go before those of work the page does on its own.
  const composed = await runInSlices(composingGraph(source, options, textMeasure()), 'user-blocking');
  if (!composed) return undefined;
  const plan = planPicture(source, options, scratch, composed.extent);
  const decision = fitScale(plan.layout.width, plan.layout.height, plan.scale);
  // A large picture's canvas takes a while to make: in a task of its own, as is the drawing after.
  if (decision.width * decision.height > LARGE_CANVAS) await yieldToPage('user-blocking');
  // An opaque background makes an opaque canvas: the PNG is encoded without its alpha, sooner and
  // about a tenth smaller. Its background is painted first.
  const opaque = background !== undefined && background.startsWith('#') ? background : undefined;
  const { canvas, context } = canvasFor(decision, opaque !== undefined);
  if (opaque) {
    context.fillStyle = opaque;
    context.fillRect(0, 0, decision.width, decision.height);
  }
  const at = paintFrame(context, plan, decision, source.tokens);
  if (decision.width * decision.height > LARGE_CANVAS) await yieldToPage('user-blocking');
  context.save();
  context.translate(at.x - plan.area.box.x1 * decision.scale, at.y - plan.area.box.y1 * decision.scale);
  context.scale(decision.scale, decision.scale);
  await runInSlices(composed.painting(context, opaque), 'user-blocking');
  context.restore();
  if (!opaque) paintBackground(context, decision, background);
  return encoded(canvas, decision);
}

/** The PNG drawn by Cytoscape: of the view, with the highlight kept, or of what `composedPng` does not compose. */
export async function renderPng(source: ExportSource, options: PngExportOptions = {}): Promise<ExportedImage> {
  const { cy, tokens } = source;
  const background = backgroundOf(options, tokens);
  // Labels are drawn in the on-screen font; measuring or drawing before it has loaded would use a fallback.
  await document.fonts.ready;
  const scratch = document.createElement('canvas').getContext('2d')!;
  // Planned and drawn in one go: the passing state is taken off (and the labels placed for the
  // picture) once, and put back once.
  const { canvas, decision, drawn, at } = asExported(source, options, (labels) => {
    const plan = planPicture(source, options, scratch);
    const decision = fitScale(plan.layout.width, plan.layout.height, plan.scale);
    const { canvas, context } = canvasFor(decision);
    const at = paintFrame(context, plan, decision, tokens);
    const target = { ...at, width: plan.layout.graph.width, height: plan.layout.graph.height, scale: decision.scale, area: plan.area, full: plan.scope === 'graph' };
    const drawn = drawGraph(cy, context, target, labels);
    paintBackground(context, decision, background);
    return { canvas, decision, drawn, at };
  });
  if (drawn) {
    // `cy.png()`'s picture, on a transparent background: drawn over the background and the caption.
    const bitmap = await createImageBitmap(drawn);
    canvas.getContext('2d')!.drawImage(bitmap, at.x, at.y);
    bitmap.close();
  }
  return encoded(canvas, decision);
}
