/**
 * What an exported picture carries besides the graph: a caption (title, outlet and date) above it,
 * the legend and a credit line below. Laid out once in CSS pixels, so the size is known before any
 * pixel is drawn, then painted at the export's scale.
 */
import type { ElementSet } from '../model/queries';
import { graphTitle } from '../model/title';
import type { ArticleGraph } from '../model/types';
import { entityTypeKey, relationKey, UNSPECIFIED_RELATION, UNSPECIFIED_TYPE } from '../model/vocabulary';
import { DASH_PATTERNS, paint, type CertaintyEncoding, type Encoding, type LineStyle, type NodeShape, type RelationEncoding } from '../view/encoding';
import { traceShape } from '../view/shapes';
import type { ThemeTokens } from '../view/stylesheet';

export interface CaptionText {
  title: string;
  /** Outlet, section and date, as one line. */
  byline: string;
  /** Where the graph comes from, for the foot of the picture. */
  credit: string;
}

export type LegendItem =
  /** A family of relations: its name, and the swatch its relations share unless they have their own. */
  | { kind: 'group'; label: string; colour?: string }
  | { kind: 'type'; label: string; colour: string; shape: NodeShape }
  /** A relation; without `colour` it is drawn in its family's swatch, named after it. */
  | { kind: 'relation'; label: string; colour?: string; directed: boolean; heavy: boolean }
  | { kind: 'certainty'; label: string; lineStyle: LineStyle };

export interface LegendSection {
  heading: string;
  items: LegendItem[];
}

/** A line of text, with its top-left corner. */
export interface Line {
  text: string;
  size: number;
  weight: number;
  colour: string;
  x: number;
  y: number;
}

export interface PlacedItem {
  item: LegendItem;
  x: number;
  y: number;
  /** Where a family's shared swatch starts, after its name. */
  swatchAt?: number;
}

/** Positions of everything in CSS pixels; `graph` is where the drawn graph goes. */
export interface OverlayLayout {
  width: number;
  height: number;
  graph: { x: number; y: number; width: number; height: number };
  lines: Line[];
  headings: Line[];
  items: PlacedItem[];
}

const TITLE_SIZE = 22;
const TEXT_SIZE = 14;
const SMALL_SIZE = 12;
/** Legend entries' text size. */
const LEGEND_SIZE = SMALL_SIZE + 1;
const SWATCH = 26;
const ROW = 22;
const GAP = 16;
/** A picture with a caption or legend is at least this wide, so that they have room. */
export const MIN_OVERLAY_WIDTH = 760;

/** A CSS font of the overlay, in the theme's family. */
export const overlayFont = (tokens: ThemeTokens, size: number, weight = 400) => `${weight} ${size}px ${tokens.fontFamily}`;
const font = overlayFont;

function formatDay(published: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function captionText(graph: ArticleGraph, shown: ElementSet): CaptionText {
  const attributes = graph.getAttributes();
  const source = attributes.source;
  const title = graphTitle(attributes) ?? '';
  const day = formatDay(source?.published);
  const byline = [source?.outlet, source?.section, day].filter(Boolean).join(' · ');
  const nodes = shown.nodes.size;
  const edges = shown.edges.size;
  const what = `${nodes} of ${graph.order} ${graph.order === 1 ? 'entity' : 'entities'} and ${edges} of ${graph.size} ${graph.size === 1 ? 'relationship' : 'relationships'}`;
  const credit = source
    ? `Knowledge graph of the article${source.outlet ? ` published by ${source.outlet}` : ''}${day ? ` on ${day}` : ''}${source.url ? ` (${source.url})` : ''}. Every relationship cites the article's words. ${what} shown.`
    : `${title ? `${title}: ` : ''}${what} shown.`;
  return { title: title || 'Knowledge graph', byline, credit };
}

/**
 * The legend of what is shown: only types, relations and certainties that appear in `shown`.
 * `ownColour` says which nodes are drawn in a colour of their own (the graph's, by convention): a
 * type whose every node is, is shown by its shape alone.
 */
export function legendSections(graph: ArticleGraph, shown: ElementSet, encoding: Encoding, tokens: ThemeTokens, ownColour: (node: string) => boolean = () => false): LegendSection[] {
  const types = new Set<string>();
  const typeColoured = new Set<string>();
  for (const key of shown.nodes) {
    const type = entityTypeKey(graph.getNodeAttributes(key));
    types.add(type);
    if (!ownColour(key)) typeColoured.add(type);
  }
  const relations = new Set<string>();
  const certainties = new Set<unknown>();
  for (const key of shown.edges) {
    const attributes = graph.getEdgeAttributes(key);
    relations.add(relationKey(attributes));
    certainties.add(attributes.certainty);
  }
  // A graph that names no type or relation (every node an "entity", every edge "related") has nothing
  // to explain there: the legend leaves out what says nothing.
  if (types.size === 1 && types.has(UNSPECIFIED_TYPE)) types.clear();
  if (relations.size === 1 && relations.has(UNSPECIFIED_RELATION)) relations.clear();
  const sections: LegendSection[] = [];
  const typeItems = encoding.types
    .filter((type) => types.has(type.key))
    .map((type): LegendItem => ({ kind: 'type', label: type.label, colour: typeColoured.has(type.key) ? paint(type.color, tokens) : tokens.mutedText, shape: type.shape }));
  if (typeItems.length > 0) sections.push({ heading: 'Entities', items: typeItems });
  const relationItems: LegendItem[] = [];
  const inFamilies = new Map<string, RelationEncoding[]>();
  const loose: RelationEncoding[] = [];
  for (const relation of encoding.relations.filter((r) => relations.has(r.key))) {
    if (relation.family) inFamilies.set(relation.family.key, [...(inFamilies.get(relation.family.key) ?? []), relation]);
    else loose.push(relation);
  }
  // A family is one row: its name and shared swatch, then its relations' names; a relation drawn in
  // a colour of its own (the story's relations) keeps its own swatch.
  for (const members of inFamilies.values()) {
    const shared = mostCommon(members.map((relation) => relation.color));
    relationItems.push({ kind: 'group', label: members[0]!.family!.label, colour: paint(shared, tokens) });
    members.forEach((relation, i) => {
      const label = i < members.length - 1 ? `${relation.label},` : relation.label;
      const own = relation.color !== shared || relation.emphasis;
      relationItems.push({ kind: 'relation', label, ...(own ? { colour: paint(relation.color, tokens) } : {}), directed: relation.directed, heavy: relation.emphasis });
    });
  }
  if (loose.length > 0 && inFamilies.size > 0) relationItems.push({ kind: 'group', label: 'Other' });
  for (const relation of loose) {
    relationItems.push({ kind: 'relation', label: relation.label, colour: paint(relation.color, tokens), directed: relation.directed, heavy: relation.emphasis });
  }
  if (relationItems.length > 0) sections.push({ heading: 'Relations', items: relationItems });
  const certaintyItems = encoding.certainties
    .filter((certainty: CertaintyEncoding) => certainties.has(certainty.key))
    .map((certainty): LegendItem => ({ kind: 'certainty', label: certainty.label, lineStyle: certainty.lineStyle }));
  if (certaintyItems.length > 1) sections.push({ heading: 'Certainty', items: certaintyItems });
  return sections;
}

/** The value that occurs most often (the first of equals). */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/** Splits text into lines no wider than `width` when drawn in the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface OverlayInput {
  /** Size of the drawn graph in CSS pixels. */
  graphWidth: number;
  graphHeight: number;
  padding: number;
  caption: CaptionText | undefined;
  legend: LegendSection[] | undefined;
  tokens: ThemeTokens;
}

/** Lays out caption, graph and legend; measures text with `context` (its transform is not used). */
export function layoutOverlay(context: CanvasRenderingContext2D, input: OverlayInput): OverlayLayout {
  const { graphWidth, graphHeight, padding, caption, legend, tokens } = input;
  const decorated = caption !== undefined || (legend?.length ?? 0) > 0;
  const width = Math.ceil(Math.max(graphWidth, decorated ? MIN_OVERLAY_WIDTH : 0) + 2 * padding);
  // With neither caption nor legend, an unpadded picture is exactly the graph.
  const margin = decorated ? Math.max(padding, GAP) : padding;
  const inner = width - 2 * margin;
  const lines: Line[] = [];
  const headings: Line[] = [];
  const items: PlacedItem[] = [];
  let y = margin;

  const addText = (text: string, size: number, weight: number, colour: string, into = lines) => {
    context.font = font(tokens, size, weight);
    for (const line of wrap(context, text, inner)) {
      into.push({ text: line, size, weight, colour, x: margin, y });
      y += Math.round(size * 1.3);
    }
  };

  if (caption) {
    addText(caption.title, TITLE_SIZE, 700, tokens.text);
    if (caption.byline) addText(caption.byline, TEXT_SIZE, 400, tokens.mutedText);
    y += GAP / 2;
  }
  const graph = { x: Math.round((width - graphWidth) / 2), y, width: graphWidth, height: graphHeight };
  y += graphHeight;

  if (legend && legend.length > 0) {
    y += GAP;
    for (const section of legend) {
      if (section !== legend[0]) y += 6;
      addText(section.heading, SMALL_SIZE, 700, tokens.mutedText, headings);
      let x = margin;
      for (const item of section.items) {
        const itemWidth = legendItemWidth(context, item, tokens);
        if (x > margin && (item.kind === 'group' || x + itemWidth - GAP > margin + inner)) {
          x = item.kind === 'group' ? margin : margin + SWATCH;
          y += ROW;
        }
        const swatchAt = item.kind === 'group' && item.colour ? x + itemWidth - SWATCH - 8 : undefined;
        items.push({ item, x, y, ...(swatchAt !== undefined ? { swatchAt } : {}) });
        x += itemWidth;
      }
      y += ROW + 4;
    }
  }
  if (caption) {
    y += legend && legend.length > 0 ? 2 : GAP / 2;
    addText(caption.credit, SMALL_SIZE, 400, tokens.mutedText);
  }
  y += margin - (decorated ? 4 : 0);
  return { width, height: Math.ceil(Math.max(y, graph.y + graphHeight + padding)), graph, lines, headings, items };
}

/** How wide an item of the legend is, its gap after it included. */
function legendItemWidth(context: CanvasRenderingContext2D, item: LegendItem, tokens: ThemeTokens): number {
  context.font = font(tokens, LEGEND_SIZE, item.kind === 'group' ? 700 : 400);
  const text = Math.ceil(context.measureText(item.label).width);
  if (item.kind === 'group') return text + 8 + (item.colour ? SWATCH + 8 : 0);
  // Names in a family's row are a list: close together, the commas between them.
  const gap = item.kind === 'relation' && item.label.endsWith(',') ? 6 : GAP;
  if (item.kind === 'relation' && !item.colour) return text + gap;
  return SWATCH + 6 + text + gap;
}

/** What the overlay is painted onto: a canvas (the PNG) or the SVG document being written. */
export interface OverlayPainter {
  /** Text in the theme's font, `y` at its top or its middle. */
  text(text: string, x: number, y: number, style: { size: number; weight: number; colour: string; baseline: 'top' | 'middle' }): void;
  shape(shape: NodeShape, cx: number, cy: number, r: number, fill: string): void;
  line(x1: number, y1: number, x2: number, y2: number, stroke: { colour: string; width: number; dash: readonly number[] }): void;
  /** A filled polygon, corners as x, y pairs. */
  polygon(points: readonly number[], fill: string): void;
}

/** Paints the overlay (not the graph) in CSS pixels, the same way onto any painter. */
export function paintOverlay(painter: OverlayPainter, layout: OverlayLayout, tokens: ThemeTokens): void {
  for (const line of [...layout.lines, ...layout.headings]) painter.text(line.text, line.x, line.y, { ...line, baseline: 'top' });
  for (const { item, x, y, swatchAt } of layout.items) {
    const middle = y + ROW / 2;
    if (item.kind === 'group') {
      painter.text(item.label, x, middle, { size: LEGEND_SIZE, weight: 700, colour: tokens.mutedText, baseline: 'middle' });
      if (item.colour && swatchAt !== undefined) painter.line(swatchAt, middle, swatchAt + SWATCH - 1, middle, { colour: item.colour, width: 2.5, dash: [] });
      continue;
    }
    const swatch = item.kind !== 'relation' || item.colour !== undefined;
    if (swatch) paintSwatch(painter, item, x, middle, tokens);
    painter.text(item.label, swatch ? x + SWATCH + 6 : x, middle, { size: LEGEND_SIZE, weight: 400, colour: tokens.text, baseline: 'middle' });
  }
}

function paintSwatch(painter: OverlayPainter, item: Exclude<LegendItem, { kind: 'group' }>, x: number, middle: number, tokens: ThemeTokens): void {
  if (item.kind === 'type') {
    painter.shape(item.shape, x + SWATCH / 2, middle, 8, item.colour);
    return;
  }
  const colour = item.kind === 'relation' ? (item.colour ?? tokens.mutedText) : tokens.mutedText;
  const width = item.kind === 'relation' && item.heavy ? 3.5 : 2;
  const dash = item.kind === 'certainty' ? DASH_PATTERNS[item.lineStyle] : [];
  const arrow = item.kind === 'relation' && item.directed;
  painter.line(x + 1, middle, arrow ? x + SWATCH - 7 : x + SWATCH - 1, middle, { colour, width, dash });
  if (arrow) painter.polygon([x + SWATCH, middle, x + SWATCH - 8, middle - 4.5, x + SWATCH - 8, middle + 4.5], colour);
}

/** A painter onto a canvas whose transform maps CSS pixels. */
export function canvasPainter(context: CanvasRenderingContext2D, tokens: ThemeTokens): OverlayPainter {
  return {
    text(text, x, y, style) {
      context.font = font(tokens, style.size, style.weight);
      context.fillStyle = style.colour;
      context.textAlign = 'left';
      context.textBaseline = style.baseline;
      context.fillText(text, x, y);
    },
    shape(shape, cx, cy, r, fill) {
      context.fillStyle = fill;
      context.beginPath();
      traceShape(context, shape, cx, cy, r);
      context.fill();
    },
    line(x1, y1, x2, y2, stroke) {
      context.save();
      context.strokeStyle = stroke.colour;
      context.lineWidth = stroke.width;
      context.setLineDash([...stroke.dash]);
      context.beginPath();
      context.moveTo(x1, y1);
      context.lineTo(x2, y2);
      context.stroke();
      context.restore();
    },
    polygon(points, fill) {
      context.fillStyle = fill;
      context.beginPath();
      for (let i = 0; i < points.length; i += 2) (i === 0 ? context.moveTo : context.lineTo).call(context, points[i]!, points[i + 1]!);
      context.closePath();
      context.fill();
    },
  };
}
