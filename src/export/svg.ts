/**
 * SVG export, written from what the canvas draws: every element in Cytoscape's drawing order, with
 * its computed style (colours, widths, opacities, line styles), node outlines traced by shapes.ts,
 * dashes from the encoding, edges along the curves Cytoscape laid out, labels as `<text>` where
 * Cytoscape placed them. Caption and legend come from the same layout as the PNG's (overlay.ts).
 * Every piece of text goes through one escaper (xml.ts): the file is well-formed whatever the data
 * holds, and it carries no script, no event attribute and no link.
 */
import type { EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { graphTitle } from '../model/title';
import { DASH_PATTERNS } from '../view/encoding';
import { SHAPE_OUTLINES, SvgPath, traceShape, type NodeShape } from '../view/shapes';
import { paintOverlay } from './overlay';
import { asExported, backgroundOf, drawingOrder, planPicture, type ExportSource, type PictureOptions } from './picture';
import { n, SvgDocument, type TextStyle } from './svg-document';

/** The options of `exportSvg`: those of every picture (see picture.ts); `scale` sizes the document, its content stays vector. */
export type SvgExportOptions = PictureOptions;

/** A computed style value, as Cytoscape holds it. */
interface StyleValue {
  value: unknown;
  strValue: string;
  pfValue: number;
}

/** What the SVG reads of Cytoscape's layout of a label; Cytoscape keeps it in the element's rendering scratchpad. */
interface LabelScratch {
  labelX: number;
  labelY: number;
  labelWidth: number;
  labelHeight: number;
  labelActualDescent?: number;
  labelAngle?: number;
  labelWrapCachedLines?: string[];
  labelLineHeight?: number;
}

const styleOf = (element: SingularElementArgument, name: string): StyleValue => (element as unknown as { pstyle(name: string): StyleValue }).pstyle(name);
const numberOf = (element: SingularElementArgument, name: string): number => styleOf(element, name).pfValue;

function colourOf(element: SingularElementArgument, name: string): string {
  const value = styleOf(element, name).value;
  if (Array.isArray(value) && value.length >= 3) return `rgb(${value.slice(0, 3).map((c) => Math.round(Number(c) || 0)).join(',')})`;
  return '#000000';
}

function labelScratch(element: SingularElementArgument): LabelScratch | undefined {
  const scratch = (element as unknown as { _private?: { rscratch?: Partial<LabelScratch> } })._private?.rscratch;
  if (!scratch || !Number.isFinite(scratch.labelX) || !Number.isFinite(scratch.labelY)) return undefined;
  return scratch as LabelScratch;
}

const opacityOf = (value: number) => (value < 1 ? Math.max(0, value) : undefined);

/** A label where Cytoscape places it (drawText in its canvas renderer), in model coordinates. */
function writeLabel(svg: SvgDocument, element: SingularElementArgument): void {
  const text = styleOf(element, 'label').strValue;
  const scratch = labelScratch(element);
  const opacity = element.effectiveOpacity() * Number(styleOf(element, 'text-opacity').value);
  if (!text || !scratch || !(opacity > 0)) return;
  const edge = element.isEdge();
  const size = numberOf(element, 'font-size');
  const style: TextStyle = {
    size,
    weight: styleOf(element, 'font-weight').strValue,
    family: styleOf(element, 'font-family').strValue,
    style: styleOf(element, 'font-style').strValue,
    colour: colourOf(element, 'color'),
    opacity,
    anchor: 'middle',
    outline: { colour: colourOf(element, 'text-outline-color'), width: 2 * numberOf(element, 'text-outline-width'), opacity: Number(styleOf(element, 'text-outline-opacity').value) },
  };
  let x = scratch.labelX + numberOf(element, 'text-margin-x');
  let y = scratch.labelY + numberOf(element, 'text-margin-y');
  const angle = edge && styleOf(element, 'text-rotation').strValue === 'autorotate' ? (scratch.labelAngle ?? 0) : 0;
  let transform: string | undefined;
  if (angle !== 0) {
    transform = `translate(${n(x)} ${n(y)}) rotate(${n((angle * 180) / Math.PI)})`;
    x = 0;
    y = 0;
  }
  const valign = edge ? 'center' : styleOf(element, 'text-valign').strValue;
  const height = scratch.labelHeight;
  if (valign === 'center') y += height / 2;
  else if (valign === 'bottom') y += height;
  const halign = edge ? 'center' : styleOf(element, 'text-halign').strValue;
  const width = scratch.labelWidth;
  style.anchor = halign === 'left' ? 'end' : halign === 'right' ? 'start' : 'middle';
  // A box behind the text, as Cytoscape draws text-background.
  const background = Number(styleOf(element, 'text-background-opacity').value);
  if (background > 0) {
    const padding = numberOf(element, 'text-background-padding');
    const left = x - padding - (halign === 'left' ? width : halign === 'center' ? width / 2 : 0);
    const rounded = /round/.test(styleOf(element, 'text-background-shape').strValue);
    svg.element('rect', {
      x: left,
      y: y - height - padding,
      width: width + 2 * padding,
      height: height + 2 * padding,
      rx: rounded ? 2 : undefined,
      fill: colourOf(element, 'text-background-color'),
      'fill-opacity': opacityOf(background * element.effectiveOpacity()),
      transform,
    });
  }
  y -= scratch.labelActualDescent ?? 0;
  const wrapped = styleOf(element, 'text-wrap').strValue === 'wrap' && scratch.labelWrapCachedLines && scratch.labelWrapCachedLines.length > 0;
  const lines = wrapped ? scratch.labelWrapCachedLines! : [text];
  const lineHeight = scratch.labelLineHeight ?? size;
  y -= (lines.length - 1) * lineHeight;
  // Cytoscape writes node labels from their bottom line, or their alphabetic baseline with glyph metrics.
  const baseline = !edge && styleOf(element, 'text-metrics').strValue === 'glyph' ? 'alphabetic' : 'bottom';
  svg.textLines(lines, x, y, style, baseline, lineHeight, transform);
}

function writeNode(svg: SvgDocument, node: NodeSingular, labelled = true): void {
  const { x, y } = node.position();
  const rx = node.width() / 2;
  const ry = node.height() / 2;
  const name = styleOf(node, 'shape').strValue;
  const shape: NodeShape = Object.hasOwn(SHAPE_OUTLINES, name) ? (name as NodeShape) : 'ellipse';
  const opacity = node.effectiveOpacity();
  const underlay = Number(styleOf(node, 'underlay-opacity').value);
  if (underlay > 0) {
    const padding = numberOf(node, 'underlay-padding');
    const path = new SvgPath();
    traceShape(path, styleOf(node, 'underlay-shape').strValue === 'ellipse' ? 'ellipse' : shape, x, y, rx + padding, ry + padding);
    svg.element('path', { d: path.toString(), fill: colourOf(node, 'underlay-color'), 'fill-opacity': underlay * opacity });
  }
  const path = new SvgPath();
  traceShape(path, shape, x, y, rx, ry);
  const border = numberOf(node, 'border-width');
  const fillOpacity = Number(styleOf(node, 'background-opacity').value) * opacity;
  const borderOpacity = Number(styleOf(node, 'border-opacity').value) * opacity;
  svg.element('path', {
    d: path.toString(),
    fill: colourOf(node, 'background-color'),
    'fill-opacity': opacityOf(fillOpacity),
    stroke: border > 0 ? colourOf(node, 'border-color') : undefined,
    'stroke-width': border > 0 ? border : undefined,
    'stroke-opacity': border > 0 ? opacityOf(borderOpacity) : undefined,
  });
  if (labelled) writeLabel(svg, node);
}

/** The points Cytoscape draws an edge through: its ends and, for curves, the control points with the midpoints between them. */
function edgePath(edge: EdgeSingular): { d: string; end: { x: number; y: number }; before: { x: number; y: number }; start: { x: number; y: number }; after: { x: number; y: number } } | undefined {
  const start = edge.sourceEndpoint();
  const end = edge.targetEndpoint();
  if (![start.x, start.y, end.x, end.y].every(Number.isFinite)) return undefined;
  const controls = edge.controlPoints() ?? [];
  const segments = edge.segmentPoints() ?? [];
  let d = `M${n(start.x)} ${n(start.y)}`;
  if (controls.length > 0) {
    // Quadratic curves through each control point, meeting at the midpoints between them.
    const points = [start];
    controls.forEach((control, i) => {
      points.push(control);
      const next = controls[i + 1];
      points.push(next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : end);
    });
    for (let i = 1; i + 1 < points.length; i += 2) d += `Q${n(points[i]!.x)} ${n(points[i]!.y)} ${n(points[i + 1]!.x)} ${n(points[i + 1]!.y)}`;
    return { d, start, after: controls[0]!, end, before: controls[controls.length - 1]! };
  }
  for (const point of segments) d += `L${n(point.x)} ${n(point.y)}`;
  d += `L${n(end.x)} ${n(end.y)}`;
  return { d, start, after: segments[0] ?? end, end, before: segments[segments.length - 1] ?? start };
}

/** Cytoscape's arrowheads, in its own units: the tip at (0, 0), pointing down before rotation. */
const ARROWS: Readonly<Record<string, readonly number[]>> = {
  triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
  vee: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15],
  'triangle-backcurve': [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.2],
  square: [-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3],
  diamond: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0],
};

/** An arrowhead at `tip`, pointing away from `from`, sized as Cytoscape sizes it. */
function arrowPoints(edge: EdgeSingular, prefix: 'source' | 'target', tip: { x: number; y: number }, from: { x: number; y: number }): number[] | undefined {
  const shape = ARROWS[styleOf(edge, `${prefix}-arrow-shape`).strValue];
  if (!shape) return undefined;
  const width = numberOf(edge, 'width');
  const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * Number(styleOf(edge, 'arrow-scale').value);
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x) - Math.PI / 2;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const points: number[] = [];
  for (let i = 0; i < shape.length; i += 2) {
    const [px, py] = [shape[i]!, shape[i + 1]!];
    points.push(tip.x + (px * cos - py * sin) * size, tip.y + (px * sin + py * cos) * size);
  }
  return points;
}

function writeEdge(svg: SvgDocument, edge: EdgeSingular, labelled = true): void {
  const path = edgePath(edge);
  if (!path) return;
  const opacity = edge.effectiveOpacity();
  const colour = colourOf(edge, 'line-color');
  const width = numberOf(edge, 'width');
  const lineStyle = styleOf(edge, 'line-style').strValue;
  const dash = lineStyle === 'dashed' ? (styleOf(edge, 'line-dash-pattern').value as number[] | undefined) ?? [...DASH_PATTERNS.dashed] : lineStyle === 'dotted' ? [...DASH_PATTERNS.dotted] : [];
  // One group, so that the line and its arrowheads are see-through together, as on the canvas.
  svg.open('g', { opacity: opacityOf(opacity) });
  const underlay = Number(styleOf(edge, 'underlay-opacity').value);
  if (underlay > 0) {
    svg.element('path', { d: path.d, fill: 'none', stroke: colourOf(edge, 'underlay-color'), 'stroke-width': width + 2 * numberOf(edge, 'underlay-padding'), 'stroke-opacity': underlay, 'stroke-linecap': 'round' });
  }
  svg.element('path', {
    d: path.d,
    fill: 'none',
    stroke: colour,
    'stroke-width': width,
    'stroke-dasharray': dash.length > 0 ? dash.map(n).join(' ') : undefined,
    'stroke-linecap': lineStyle === 'dotted' ? 'round' : undefined,
  });
  for (const [prefix, tip, from] of [
    ['target', path.end, path.before],
    ['source', path.start, path.after],
  ] as const) {
    const points = arrowPoints(edge, prefix, tip, from);
    if (points) svg.element('polygon', { points: points.map(n).join(' '), fill: colourOf(edge, `${prefix}-arrow-color`) });
  }
  svg.close('g');
  if (labelled) writeLabel(svg, edge);
}

/** The picture as an SVG document. */
export function renderSvg(source: ExportSource, options: SvgExportOptions = {}): string {
  const { cy, graph, tokens } = source;
  const background = backgroundOf(options, tokens);
  const measure = document.createElement('canvas').getContext('2d')!;
  return asExported(source, options, (labels) => {
    const plan = planPicture(source, options, measure);
    const { layout, area } = plan;
    const svg = new SvgDocument(measure, tokens.fontFamily);
    svg.raw('<?xml version="1.0" encoding="UTF-8"?>\n');
    svg.open('svg', {
      xmlns: 'http://www.w3.org/2000/svg',
      width: layout.width * plan.scale,
      height: layout.height * plan.scale,
      viewBox: `0 0 ${n(layout.width)} ${n(layout.height)}`,
    });
    const title = graphTitle(graph.getAttributes());
    if (title) svg.element('title', {}, title);
    if (background) svg.element('rect', { width: layout.width, height: layout.height, fill: background });
    paintOverlay(svg, layout, tokens);
    // The graph in model coordinates, clipped to its place: a nested viewport maps one to the other.
    const { box, zoom } = area;
    svg.open('svg', {
      x: layout.graph.x,
      y: layout.graph.y,
      width: layout.graph.width,
      height: layout.graph.height,
      viewBox: `${n(box.x1)} ${n(box.y1)} ${n(layout.graph.width / zoom)} ${n(layout.graph.height / zoom)}`,
      overflow: 'hidden',
    });
    const inView = (element: SingularElementArgument) => {
      if (plan.scope === 'graph') return true;
      const bounds = element.boundingBox();
      return bounds.x2 >= box.x1 && bounds.x1 <= box.x1 + box.w && bounds.y2 >= box.y1 && bounds.y1 <= box.y1 + box.h;
    };
    for (const element of drawingOrder(cy)) {
      if (!element.visible() || !inView(element)) continue;
      const labelled = !labels || labels.has(element.id());
      if (element.isNode()) writeNode(svg, element, labelled);
      else writeEdge(svg, element as EdgeSingular, labelled);
    }
    svg.close('svg');
    svg.close('svg');
    return svg.toString();
  });
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml' });
}

/** The SVG export as a file, titled after the graph. */
export async function renderSvgBlob(source: ExportSource, options: SvgExportOptions = {}): Promise<Blob> {
  // Labels are measured in the on-screen font.
  await document.fonts.ready;
  return svgBlob(renderSvg(source, options));
}
