/**
 * The Cytoscape stylesheet, built from the theme's tokens and the graph's encoding. The tokens come
 * from the component's CSS custom properties, so a page that re-themes the element re-themes the
 * canvas too.
 */
import type { StylesheetJson } from 'cytoscape';
import { CERTAINTY_ENCODING, CYTOSCAPE_LINE_STYLES, DASH_PATTERNS, EDGE_LABEL_FONT, EDGE_LINE, NODE_BOX, NODE_LABEL_FONT, paint, UNSCALED, type Encoding, type ScreenScale } from './encoding';
import { FAST_EMPHASIS, fastStyle, type LevelOfDetail } from './level-of-detail';
import { conventionRules } from './conventions';

export interface ThemeTokens {
  background: string;
  text: string;
  mutedText: string;
  /** Outline behind labels, so they read over edges: usually the background. */
  halo: string;
  accent: string;
  fontFamily: string;
  dark: boolean;
}

export const LIGHT_TOKENS: ThemeTokens = {
  background: '#ffffff',
  text: '#1f2937',
  mutedText: '#4b5563',
  halo: '#ffffff',
  accent: '#b45309',
  fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif',
  dark: false,
};

export const DARK_TOKENS: ThemeTokens = {
  background: '#111827',
  text: '#f3f4f6',
  mutedText: '#d1d5db',
  halo: '#111827',
  accent: '#fbbf24',
  fontFamily: LIGHT_TOKENS.fontFamily,
  dark: true,
};

export interface StylesheetOptions {
  /** Show every edge's label, or only those of headline, hovered or selected edges, or none. */
  edgeLabels?: 'all' | 'emphasis' | 'none';
  /** `fast` simplifies edges and labels for large graphs (see level-of-detail.ts). */
  levelOfDetail?: LevelOfDetail;
  /** How much larger than their model size labels, nodes and lines are drawn (full level only; see `screenScale`). */
  scale?: ScreenScale;
}

/**
 * A data value quoted for a Cytoscape selector, which has no escapes inside quotes: the quote the
 * value does not contain is used. A key with both kinds of quote gets no rule (default style).
 */
export function quoteValue(value: string): string | undefined {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return undefined;
}

const px = (value: number) => Math.round(value * 100) / 100;

export function buildStylesheet(encoding: Encoding, tokens: ThemeTokens, options: StylesheetOptions = {}): StylesheetJson {
  const fast = options.levelOfDetail === 'fast';
  const scale = fast ? UNSCALED : (options.scale ?? UNSCALED);
  // A large graph labels only the edges one points at: fewer properties on 20,000 edges is time saved.
  const edgeLabels = fast ? 'none' : (options.edgeLabels ?? 'emphasis');
  const labelled = { label: 'data(label)', color: tokens.text } as const;
  const edgeText = {
    'font-family': tokens.fontFamily,
    'font-size': px(EDGE_LABEL_FONT.size * scale.edgeLabel),
    'min-zoomed-font-size': 7,
    color: tokens.mutedText,
    'text-outline-color': tokens.halo,
    'text-outline-width': 3,
    'text-outline-opacity': 0.95,
  } as const;
  const line = (width: number) => px(width * scale.line);
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': tokens.fontFamily,
        'font-size': px(NODE_LABEL_FONT.size * scale.nodeLabel),
        'font-weight': NODE_LABEL_FONT.weight,
        'min-zoomed-font-size': 6,
        color: tokens.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': px(LABEL_MARGIN * scale.nodeLabel),
        'text-wrap': 'wrap',
        'text-max-width': `${px(170 * scale.nodeLabel)}px`,
        'text-outline-color': tokens.halo,
        'text-outline-width': px(LABEL_OUTLINE * scale.nodeLabel),
        'text-outline-opacity': 0.9,
        width: px(NODE_BOX.size * scale.node),
        height: px(NODE_BOX.size * scale.node),
        'background-color': NODE_BOX.color,
        'border-width': NODE_BOX.borderWidth,
        'border-color': tokens.halo,
        'overlay-opacity': 0,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...(fast
      ? (fastStyle({ ...edgeText, 'text-rotation': 'autorotate' }) as typeof sheet)
      : ([
          {
            selector: 'edge',
            style: {
              width: line(EDGE_LINE.width),
              opacity: EDGE_LINE.opacity,
              'curve-style': 'bezier',
              'line-color': EDGE_LINE.color,
              'target-arrow-color': EDGE_LINE.color,
              'arrow-scale': 1.1,
              label: edgeLabels === 'all' ? 'data(label)' : '',
              ...edgeText,
              // Upright on a plate of the background, so that lines never run through the words.
              'text-rotation': 'none',
              'text-wrap': 'wrap',
              'text-max-width': `${px(230 * scale.edgeLabel)}px`,
              'text-outline-width': 0,
              'text-background-color': tokens.background,
              'text-background-opacity': 0.9,
              'text-background-shape': 'round-rectangle',
              'text-background-padding': `${px(2 * scale.edgeLabel)}px`,
              'overlay-opacity': 0,
              'transition-property': 'opacity',
              'transition-duration': 150,
            },
          },
          { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
          { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } },
          { selector: 'edge.loop', style: { 'loop-direction': '-45deg', 'loop-sweep': '-60deg' } },
        ] as typeof sheet)),
  ];

  for (const type of encoding.types) {
    const key = quoteValue(type.key);
    if (key === undefined) continue;
    sheet.push({
      selector: `node[type = ${key}]`,
      style: { 'background-color': paint(type.color, tokens), shape: type.shape },
    });
  }
  for (const relation of encoding.relations) {
    const key = quoteValue(relation.key);
    if (key === undefined) continue;
    const color = paint(relation.color, tokens);
    sheet.push({
      selector: `edge[relation = ${key}]`,
      style: {
        'line-color': color,
        ...(fast ? {} : { 'target-arrow-color': color }),
        ...(relation.emphasis && fast ? FAST_EMPHASIS : {}),
        ...(relation.emphasis && !fast ? { width: line(EDGE_LINE.emphasisWidth), opacity: EDGE_LINE.emphasisOpacity, 'z-index': 5 } : {}),
        ...(relation.labelled && edgeLabels !== 'none' ? labelled : {}),
      },
    });
  }
  for (const certainty of CERTAINTY_ENCODING) {
    if (certainty.lineStyle === 'solid') continue;
    sheet.push({ selector: `edge[certainty = "${certainty.key}"]`, style: { 'line-style': CYTOSCAPE_LINE_STYLES[certainty.lineStyle], 'line-dash-pattern': [...DASH_PATTERNS[certainty.lineStyle]] } });
  }
  // The graph's own colours and sizes (graphology, sigma.js and Gephi conventions), before the view's state.
  sheet.push(...conventionRules(scale));

  if (!fast) {
    sheet.push(
      // The claim the graph is about: the heaviest lines, labelled, above the rest; its entities' names in bold.
      { selector: 'edge.headline', style: { width: line(EDGE_LINE.headlineWidth), opacity: 1, 'z-index': 8, 'font-weight': 600, ...labelled } },
      { selector: 'node.headline', style: { 'font-weight': 700 } },
      // Where the label placement puts a node's label when below it is taken, and the labels it leaves out.
      { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': px(-LABEL_MARGIN * scale.nodeLabel) } },
      { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': px(LABEL_MARGIN * scale.nodeLabel) } },
      { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': px(-LABEL_MARGIN * scale.nodeLabel) } },
    );
  }
  sheet.push(
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'edge.labelled', style: { ...labelled, opacity: 1, 'z-index': 9 } },
    { selector: 'node.highlighted', style: { 'border-color': tokens.accent, 'border-width': 3, 'z-index': 10 } },
    { selector: 'edge.highlighted', style: { width: line(4), 'z-index': 9 } },
    { selector: 'node.story-new', style: { 'border-color': tokens.accent, 'border-width': 5 } },
    { selector: 'edge.story-new', style: { width: line(5), ...labelled } },
    { selector: 'node:selected', style: { 'border-color': tokens.accent, 'border-width': 5, 'z-index': 11 } },
    {
      selector: 'edge:selected',
      style: { width: line(5), ...labelled, 'underlay-color': tokens.accent, 'underlay-opacity': 0.35, 'underlay-padding': 4, 'z-index': 11 },
    },
    { selector: 'node.keyboard-focus', style: { 'underlay-color': tokens.accent, 'underlay-opacity': 0.45, 'underlay-padding': 8, 'underlay-shape': 'ellipse' } },
    { selector: '.label-hidden', style: { 'text-opacity': 0 } },
  );
  return sheet;
}

/** Room between a node and its label, and the halo around a node's label, in model units (scaled with the label). */
export const LABEL_MARGIN = 5;
export const LABEL_OUTLINE = 3;
