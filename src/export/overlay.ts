/**
 * What an exported picture carries besides the graph: a caption (title, outlet and date) above it,
 * the legend and a credit line below. Laid out once in CSS pixels, so the size is known before any
 * pixel is drawn, then painted at the export's scale.
 */
import type { ElementSet } from '../model/queries';
import { graphTitle } from '../model/title';
import type { ArticleGraph } from '../model/types';
import { entityTypeKey, relationKey } from '../model/vocabulary';
import { DASH_PATTERNS, paint, type CertaintyEncoding, type Encoding, type LineStyle, type NodeShape } from '../view/encoding';
import { traceShape } from '../view/shapes';
import type { ThemeTokens } from '../view/stylesheet';

export interface CaptionText {
  title: string;
  /** Outlet, section and date, as one line. */
  byline: string;
  /** Where the graph comes from, for the foot of the picture. */
  credit: string;
}

type LegendItem =
  | { kind: 'group'; label: string }
  | { kind: 'type'; label: string; colour: string; shape: NodeShape }
  | { kind: 'relation'; label: string; colour: string; directed: boolean; heavy: boolean }
  | { kind: 'certainty'; label: string; lineStyle: LineStyle };

interface LegendSection {
  heading: string;
  items: LegendItem[];
}

interface Line {
  text: string;
  font: string;
  colour: string;
  x: number;
  y: number;
}

interface PlacedItem {
  item: LegendItem;
  x: number;
  y: number;
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
const SWATCH = 26;
const ROW = 22;
const GAP = 16;
/** A picture with a caption or legend is at least this wide, so that they have room. */
export const MIN_OVERLAY_WIDTH = 760;

const font = (tokens: ThemeTokens, size: number, weight = 400) => `${weight} ${size}px ${tokens.fontFamily}`;

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

/** The legend of what is shown: only types, relations and certainties that appear in `shown`. */
export function legendSections(graph: ArticleGraph, shown: ElementSet, encoding: Encoding, tokens: ThemeTokens): LegendSection[] {
  const types = new Set<string>();
  for (const key of shown.nodes) types.add(entityTypeKey(graph.getNodeAttributes(key)));
  const relations = new Set<string>();
  const certainties = new Set<unknown>();
  for (const key of shown.edges) {
    const attributes = graph.getEdgeAttributes(key);
    relations.add(relationKey(attributes));
    certainties.add(attributes.certainty);
  }
  const sections: LegendSection[] = [];
  const typeItems = encoding.types
    .filter((type) => types.has(type.key))
    .map((type): LegendItem => ({ kind: 'type', label: type.label, colour: paint(type.color, tokens), shape: type.shape }));
  if (typeItems.length > 0) sections.push({ heading: 'Entities', items: typeItems });
  const relationItems: LegendItem[] = [];
  let family: string | undefined;
  for (const relation of encoding.relations.filter((r) => relations.has(r.key))) {
    // Relations of one family share a hue; each family starts a row under its name.
    if (relation.family && relation.family.key !== family) relationItems.push({ kind: 'group', label: relation.family.label });
    family = relation.family?.key;
    relationItems.push({ kind: 'relation', label: relation.label, colour: paint(relation.color, tokens), directed: relation.directed, heavy: relation.emphasis });
  }
  if (relationItems.length > 0) sections.push({ heading: 'Relations', items: relationItems });
  const certaintyItems = encoding.certainties
    .filter((certainty: CertaintyEncoding) => certainties.has(certainty.key))
    .map((certainty): LegendItem => ({ kind: 'certainty', label: certainty.label, lineStyle: certainty.lineStyle }));
  if (certaintyItems.length > 1) sections.push({ heading: 'Certainty', items: certaintyItems });
  return sections;
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
    const lineFont = font(tokens, size, weight);
    context.font = lineFont;
    for (const line of wrap(context, text, inner)) {
      into.push({ text: line, font: lineFont, colour, x: margin, y });
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
      context.font = font(tokens, SMALL_SIZE + 1);
      let x = margin;
      for (const item of section.items) {
        context.font = font(tokens, SMALL_SIZE + 1, item.kind === 'group' ? 700 : 400);
        const itemWidth = (item.kind === 'group' ? 0 : SWATCH + 6) + Math.ceil(context.measureText(item.label).width) + (item.kind === 'group' ? 10 : GAP);
        if (x > margin && (item.kind === 'group' || x + itemWidth - GAP > margin + inner)) {
          x = margin;
          y += ROW;
        }
        items.push({ item, x, y });
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

/** Draws the overlay (not the graph) with the context already scaled to CSS pixels. */
export function paintOverlay(context: CanvasRenderingContext2D, layout: OverlayLayout, tokens: ThemeTokens): void {
  context.textBaseline = 'top';
  context.textAlign = 'left';
  for (const line of [...layout.lines, ...layout.headings]) {
    context.font = line.font;
    context.fillStyle = line.colour;
    context.fillText(line.text, line.x, line.y);
  }
  context.textBaseline = 'middle';
  for (const { item, x, y } of layout.items) {
    if (item.kind === 'group') {
      context.font = font(tokens, SMALL_SIZE + 1, 700);
      context.fillStyle = tokens.mutedText;
      context.fillText(item.label, x, y + ROW / 2);
      continue;
    }
    paintSwatch(context, item, x, y, tokens);
    context.font = font(tokens, SMALL_SIZE + 1);
    context.fillStyle = tokens.text;
    context.fillText(item.label, x + SWATCH + 6, y + ROW / 2);
  }
  context.textBaseline = 'top';
}

function paintSwatch(context: CanvasRenderingContext2D, item: Exclude<LegendItem, { kind: 'group' }>, x: number, y: number, tokens: ThemeTokens): void {
  const middle = y + ROW / 2;
  context.save();
  if (item.kind === 'type') {
    context.fillStyle = item.colour;
    context.beginPath();
    traceShape(context, item.shape, x + SWATCH / 2, middle, 8);
    context.fill();
  } else {
    const colour = item.kind === 'relation' ? item.colour : tokens.mutedText;
    context.strokeStyle = colour;
    context.fillStyle = colour;
    context.lineWidth = item.kind === 'relation' && item.heavy ? 3.5 : 2;
    if (item.kind === 'certainty') context.setLineDash([...DASH_PATTERNS[item.lineStyle]]);
    const end = item.kind === 'relation' && item.directed ? x + SWATCH - 7 : x + SWATCH - 1;
    context.beginPath();
    context.moveTo(x + 1, middle);
    context.lineTo(end, middle);
    context.stroke();
    if (item.kind === 'relation' && item.directed) {
      context.setLineDash([]);
      context.beginPath();
      context.moveTo(x + SWATCH, middle);
      context.lineTo(x + SWATCH - 8, middle - 4.5);
      context.lineTo(x + SWATCH - 8, middle + 4.5);
      context.closePath();
      context.fill();
    }
  }
  context.restore();
}
