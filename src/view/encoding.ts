/**
 * The visual encoding, in one place: which colour and shape each entity type gets, which colour and
 * weight each relation gets, how certainty is drawn (line styles and their dash patterns), the label
 * fonts and the size of a node. The Cytoscape stylesheet, the overview, the legend and the exported
 * pictures all read it, so they always agree. `encodingOf` is pure: derived from a graph's vocabulary
 * and usage.
 */
import type { ArticleGraph, Certainty } from '../model/types';
import {
  entityTypeDefinition,
  familyDefinition,
  relationDefinition,
  relationsInUse,
  typesInUse,
  vocabularyOf,
} from '../model';

import { SHAPE_OUTLINES, type NodeShape } from './shapes';
import type { ThemeTokens } from './stylesheet';

export type { NodeShape };

export type LineStyle = 'solid' | 'long-dashed' | 'dashed' | 'dotted';

/** Dash patterns of the line styles in model units (CSS px at zoom 1), as Cytoscape strokes them. */
export const DASH_PATTERNS: Readonly<Record<LineStyle, readonly number[]>> = { solid: [], 'long-dashed': [12, 4], dashed: [6, 3], dotted: [1, 1] };

/** Cytoscape's `line-style` for each; a dashed style's dashes are its pattern above. */
export const CYTOSCAPE_LINE_STYLES: Readonly<Record<LineStyle, 'solid' | 'dashed' | 'dotted'>> = { solid: 'solid', 'long-dashed': 'dashed', dashed: 'dashed', dotted: 'dotted' };

/** Label fonts in model units; the controller measures them once before the first draw. */
export const NODE_LABEL_FONT = { size: 21, weight: 600 } as const;
export const EDGE_LABEL_FONT = { size: 17, weight: 'normal' } as const;

/** A node's box and its fill when its type has no rule, in model units. */
export const NODE_BOX = { size: 44, borderWidth: 2, color: '#6b7280' } as const;

/**
 * Edges in model units: one whose relation has no rule, the heavier line of the relations the graph
 * is about (`emphasis`), and the heaviest, of the claim it is about (the graph's `headline`). The rest
 * stays thin and translucent, so that the claim is what the eye finds first.
 */
export const EDGE_LINE = { width: 1.4, opacity: 0.55, color: '#9ca3af', emphasisWidth: 2.6, emphasisOpacity: 0.9, headlineWidth: 6 } as const;

/**
 * The smallest size things are drawn at on screen, in CSS px, however far a graph at the full level
 * of detail is zoomed out: labels stay readable (the label placement then keeps them apart) and
 * nodes stay visible. Zoomed in further, everything grows with the zoom.
 */
export const MIN_ON_SCREEN = { nodeLabel: 12, edgeLabel: 11, node: 14, line: 1 } as const;

/** How much larger than their model size things are drawn at a zoom, so as to keep `MIN_ON_SCREEN`. */
export interface ScreenScale {
  nodeLabel: number;
  edgeLabel: number;
  node: number;
  line: number;
}

export const UNSCALED: ScreenScale = { nodeLabel: 1, edgeLabel: 1, node: 1, line: 1 };

/** Scales change in steps of this ratio, so that small zooms do not restyle the graph. */
const SCALE_STEP = 1.12;

function stepUp(ratio: number): number {
  if (!(ratio > 1)) return 1;
  return Math.round(SCALE_STEP ** Math.ceil(Math.log(ratio) / Math.log(SCALE_STEP)) * 1000) / 1000;
}

/** The scale that keeps everything at least `MIN_ON_SCREEN` at `zoom` (in steps, rounded up). */
export function screenScale(zoom: number): ScreenScale {
  if (!(zoom > 0)) return UNSCALED;
  return {
    nodeLabel: stepUp(MIN_ON_SCREEN.nodeLabel / (NODE_LABEL_FONT.size * zoom)),
    edgeLabel: stepUp(MIN_ON_SCREEN.edgeLabel / (EDGE_LABEL_FONT.size * zoom)),
    node: stepUp(MIN_ON_SCREEN.node / (NODE_BOX.size * zoom)),
    line: stepUp(MIN_ON_SCREEN.line / (EDGE_LINE.width * zoom)),
  };
}

export function sameScale(a: ScreenScale, b: ScreenScale): boolean {
  return a.nodeLabel === b.nodeLabel && a.edgeLabel === b.edgeLabel && a.node === b.node && a.line === b.line;
}

/** Mixes a hex colour towards white by `amount` (0..1): the palette, lifted for dark backgrounds. */
export function lighten(hex: string, amount: number): string {
  const value = parseInt(hex.slice(1), 16);
  const channels = [value >> 16, (value >> 8) & 255, value & 255].map((c) => Math.round(c + (255 - c) * amount));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** A colour of the encoding as it is painted in a theme: lifted on dark backgrounds. */
export function paint(color: string, tokens: ThemeTokens): string {
  return tokens.dark && /^#[0-9a-f]{6}$/i.test(color) ? lighten(color, 0.3) : color;
}

export interface TypeEncoding {
  key: string;
  label: string;
  definition: string;
  count: number;
  color: string;
  shape: NodeShape;
}

export interface RelationEncoding {
  key: string;
  label: string;
  definition: string;
  count: number;
  directed: boolean;
  color: string;
  /** The relations the design puts first are drawn heavier. */
  emphasis: boolean;
  /** The headline relations, whose edges carry their label even when nothing is selected. */
  labelled: boolean;
  /** The family's key and label, when the vocabulary groups relations. */
  family?: { key: string; label: string };
}

export interface CertaintyEncoding {
  key: Certainty;
  label: string;
  lineStyle: LineStyle;
}

export interface Encoding {
  types: TypeEncoding[];
  relations: RelationEncoding[];
  certainties: CertaintyEncoding[];
}

/**
 * The vocabulary says how its types and relations look where it wants to (`color`, `shape`,
 * `emphasis`, `headline`: the article dataset does); families of relations share a hue, so that a
 * dense graph reads as a few kinds of tie. Everything else gets these, in order of use.
 */
const PALETTE = [
  '#7c3aed',
  '#db2777',
  '#0891b2',
  '#65a30d',
  '#ca8a04',
  '#9333ea',
  '#0284c7',
  '#be123c',
  '#4d7c0f',
  '#a21caf',
  '#57534e',
  '#0e7490',
];

// The first is a circle, as Gephi and sigma.js draw a node: a graph without types looks as it does there.
const FALLBACK_SHAPES: NodeShape[] = ['ellipse', 'octagon', 'star', 'round-pentagon', 'vee', 'round-rectangle'];

/** A colour the vocabulary gives, if it is one the encoding can paint in both themes. */
function ownColour(value: unknown): string | undefined {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : undefined;
}

function ownShape(value: unknown): NodeShape | undefined {
  return typeof value === 'string' && Object.hasOwn(SHAPE_OUTLINES, value) ? (value as NodeShape) : undefined;
}

/** How sure a claim is, as a line: plain statements solid, and more broken the less sure (a reported claim is not a stated one). */
export const CERTAINTY_ENCODING: CertaintyEncoding[] = [
  { key: 'stated', label: 'Stated by the article', lineStyle: 'solid' },
  { key: 'reported', label: 'Reported by a source', lineStyle: 'long-dashed' },
  { key: 'possible', label: 'Suggested or feared', lineStyle: 'dashed' },
  { key: 'uncertain', label: 'Uncertain', lineStyle: 'dotted' },
];

export function lineStyleOf(certainty: unknown): LineStyle {
  return CERTAINTY_ENCODING.find((c) => c.key === certainty)?.lineStyle ?? 'solid';
}

export function encodingOf(graph: ArticleGraph): Encoding {
  const vocabulary = vocabularyOf(graph);
  const typeKeys = typesInUse(graph).sort(byVocabularyOrder(Object.keys(vocabulary.entityTypes)));
  const typeDefinitions = new Map(typeKeys.map(({ key }) => [key, entityTypeDefinition(vocabulary, key)]));
  // Colours and shapes the vocabulary hands out are not handed out again to the types it leaves open.
  const typeColours = new Set([...typeDefinitions.values()].map((definition) => ownColour(definition.color)).filter((colour) => colour !== undefined));
  const shapesTaken = new Set([...typeDefinitions.values()].map((definition) => ownShape(definition.shape)).filter((shape) => shape !== undefined));
  const freeShapes = FALLBACK_SHAPES.filter((shape) => !shapesTaken.has(shape));
  const palette = new Palette();
  let nextShape = 0;
  const types = typeKeys.map(({ key, count }): TypeEncoding => {
    const definition = typeDefinitions.get(key)!;
    return {
      key,
      label: definition.label,
      definition: definition.definition,
      count,
      color: ownColour(definition.color) ?? palette.next(typeColours),
      shape: ownShape(definition.shape) ?? (freeShapes.length > 0 ? freeShapes : FALLBACK_SHAPES)[nextShape++ % (freeShapes.length || FALLBACK_SHAPES.length)]!,
    };
  });

  const relationKeys = relationsInUse(graph).sort(byVocabularyOrder(Object.keys(vocabulary.relations))).sort(byFamily(vocabulary));
  const relationDefinitions = new Map(relationKeys.map(({ key }) => [key, relationDefinition(vocabulary, key)]));
  const familyOf = (key: string) => {
    const family = relationDefinitions.get(key)!.family;
    return typeof family === 'string' ? family : undefined;
  };
  const strong = new Set(
    [
      ...[...relationDefinitions.values()].map((definition) => ownColour(definition.color)),
      ...Object.values(vocabulary.families).map((definition) => ownColour(definition?.color)),
    ].filter((colour) => colour !== undefined),
  );
  const relationPalette = new Palette();
  const familyColours = new Map<string, string>();
  const familyColour = (family: string) => {
    if (!familyColours.has(family)) familyColours.set(family, ownColour(familyDefinition(vocabulary, family).color) ?? relationPalette.next(strong));
    return familyColours.get(family)!;
  };
  const relations = relationKeys.map(({ key, count }): RelationEncoding => {
    const definition = relationDefinitions.get(key)!;
    const family = familyOf(key);
    return {
      key,
      label: definition.label,
      definition: definition.definition,
      count,
      directed: definition.directed,
      color: ownColour(definition.color) ?? (family ? familyColour(family) : relationPalette.next(strong)),
      emphasis: definition.emphasis === true,
      labelled: definition.headline === true,
      ...(family ? { family: { key: family, label: familyDefinition(vocabulary, family).label } } : {}),
    };
  });

  const used = new Set<unknown>();
  graph.forEachEdge((_, attributes) => used.add(attributes.certainty));
  const certainties = CERTAINTY_ENCODING.filter((c) => used.has(c.key));
  return { types, relations, certainties };
}

/** Hands out the palette's colours in order, passing over those already taken. */
class Palette {
  private position = 0;

  next(taken: ReadonlySet<string>): string {
    for (let i = 0; i < PALETTE.length; i++) {
      const colour = PALETTE[(this.position + i) % PALETTE.length]!;
      if (!taken.has(colour)) {
        this.position += i + 1;
        return colour;
      }
    }
    return PALETTE[this.position++ % PALETTE.length]!;
  }
}

/** Relations of one family together, families in the order the vocabulary lists them (stable sort). */
function byFamily(vocabulary: ReturnType<typeof vocabularyOf>) {
  const families = Object.keys(vocabulary.families);
  const rank = (key: string) => {
    const family = relationDefinition(vocabulary, key).family;
    const index = family === undefined ? -1 : families.indexOf(family);
    return index === -1 ? families.length : index;
  };
  return (a: { key: string }, b: { key: string }) => rank(a.key) - rank(b.key);
}

/** Vocabulary order first (the dataset's author chose it), then unknown keys by use. */
function byVocabularyOrder(order: string[]) {
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  return (a: { key: string }, b: { key: string }) => rank(a.key) - rank(b.key);
}
