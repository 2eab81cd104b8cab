/**
 * Level of detail: how much the canvas draws, chosen by graph size. `full` draws everything the
 * stylesheet asks for; `fast` keeps a large graph fluid: straight (haystack) edges without arrows,
 * labels only once zoomed in enough to read them, no transitions, edges and labels hidden while
 * the view moves, one canvas pixel per CSS pixel. Automatic by size, overridable by the
 * `level-of-detail` attribute.
 */
import type { Core, StylesheetJson } from 'cytoscape';

export type LevelOfDetail = 'full' | 'fast';
export type LevelOfDetailChoice = 'auto' | LevelOfDetail;

/** `auto` switches to `fast` above either size. */
export const FAST_ABOVE = { nodes: 1000, edges: 3000 } as const;

export function isLevelOfDetailChoice(value: unknown): value is LevelOfDetailChoice {
  return value === 'auto' || value === 'full' || value === 'fast';
}

export function levelOfDetailFor(choice: LevelOfDetailChoice, nodes: number, edges: number): LevelOfDetail {
  if (choice !== 'auto') return choice;
  return nodes > FAST_ABOVE.nodes || edges > FAST_ABOVE.edges ? 'fast' : 'full';
}

/** Cytoscape's renderer options that matter for speed (the ones `cytoscape({...})` takes). */
export interface RendererSettings {
  hideEdgesOnViewport: boolean;
  hideLabelsOnViewport: boolean;
  textureOnViewport: boolean;
  motionBlur: boolean;
  /** `null`: the device's own pixel ratio. */
  pixelRatio: number | null;
}

export const RENDERER_SETTINGS: Record<LevelOfDetail, RendererSettings> = {
  full: { hideEdgesOnViewport: false, hideLabelsOnViewport: false, textureOnViewport: false, motionBlur: false, pixelRatio: null },
  fast: { hideEdgesOnViewport: true, hideLabelsOnViewport: true, textureOnViewport: true, motionBlur: false, pixelRatio: 1 },
};

/** The fields of Cytoscape's canvas renderer that hold the options above. */
interface CanvasRenderer {
  hideEdgesOnViewport: boolean;
  hideLabelsOnViewport: boolean;
  textureOnViewport: boolean;
  motionBlurEnabled: boolean;
  motionBlur: boolean;
  forcedPixelRatio: number | null;
}

/**
 * Cytoscape only takes these options when a core is created; the core here outlives graphs of
 * different sizes, so they are set on its renderer, where the drawing code reads them each frame.
 */
export function applyRendererSettings(cy: Core, settings: RendererSettings): void {
  const renderer = (cy as Core & { renderer(): CanvasRenderer | undefined }).renderer();
  if (!renderer) return;
  renderer.hideEdgesOnViewport = settings.hideEdgesOnViewport;
  renderer.hideLabelsOnViewport = settings.hideLabelsOnViewport;
  renderer.textureOnViewport = settings.textureOnViewport;
  renderer.motionBlurEnabled = settings.motionBlur;
  renderer.motionBlur = settings.motionBlur;
  renderer.forcedPixelRatio = settings.pixelRatio;
}

/** Reads the settings back, for tests and the benchmark. */
export function rendererSettingsOf(cy: Core): RendererSettings | undefined {
  const renderer = (cy as Core & { renderer(): CanvasRenderer | undefined }).renderer();
  if (!renderer) return undefined;
  return {
    hideEdgesOnViewport: renderer.hideEdgesOnViewport,
    hideLabelsOnViewport: renderer.hideLabelsOnViewport,
    textureOnViewport: renderer.textureOnViewport,
    motionBlur: renderer.motionBlurEnabled,
    pixelRatio: renderer.forcedPixelRatio,
  };
}

/** Node labels appear at this on-screen size and above; below, a large graph is drawn as shapes. */
export const FAST_MIN_LABEL_PX = 12;

/** Edges at the `fast` level: thin and translucent, the story's relations heavier and opaque. */
export const FAST_EDGE = { width: 1, opacity: 0.6, color: '#9ca3af' } as const;
export const FAST_EMPHASIS = { width: 3, opacity: 1 } as const;

/**
 * The rules `fast` puts after the base node rule, in place of the base edge rules: straight
 * (haystack) edges without arrows or transitions, with as few properties as possible (Cytoscape's
 * cost per edge grows with each), and label text only on the edges that show a label.
 */
export function fastStyle(edgeText: Record<string, string | number>): StylesheetJson {
  return [
    { selector: 'node', style: { 'min-zoomed-font-size': FAST_MIN_LABEL_PX, 'transition-property': 'none', 'transition-duration': 0 } },
    {
      selector: 'edge',
      style: {
        width: FAST_EDGE.width,
        opacity: FAST_EDGE.opacity,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'line-color': FAST_EDGE.color,
        'overlay-opacity': 0,
      },
    },
    { selector: 'edge.labelled, edge:selected, edge.story-new', style: edgeText },
  ] as StylesheetJson;
}
