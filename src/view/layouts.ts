/**
 * The automatic layouts, as descriptors in one registry. Their code is loaded only when a layout
 * is first asked for, so a graph that carries its own positions never pays for it.
 */
import type cytoscape from 'cytoscape';
import type { LayoutOptions } from 'cytoscape';
import { loadCytoscape } from './load-cytoscape';

export type LayoutName = 'preset' | 'fcose' | 'forceatlas2' | 'concentric' | 'breadthfirst' | 'circle' | 'grid';

export interface LayoutDescriptor {
  name: LayoutName;
  label: string;
  /** Registers any extension the layout needs; idempotent. */
  load?: () => Promise<void>;
  options: (animate: boolean) => LayoutOptions;
}

let fcoseLoaded: Promise<void> | undefined;
let forceAtlas2Loaded: Promise<void> | undefined;

/** Without positions, graphs from this many nodes get ForceAtlas2 in a worker; smaller ones fcose, which reads better at article size. */
export const WORKER_LAYOUT_FROM = 300;

const ANIMATION = { animationDuration: 450, animationEasing: 'ease-out-cubic' } as const;

export const LAYOUTS: Record<LayoutName, LayoutDescriptor> = {
  preset: {
    name: 'preset',
    label: 'As given',
    options: (animate) => ({ name: 'preset', fit: true, padding: 40, animate, ...ANIMATION }) as LayoutOptions,
  },
  fcose: {
    name: 'fcose',
    label: 'Force-directed',
    load: () =>
      (fcoseLoaded ??= Promise.all([loadCytoscape(), import('cytoscape-fcose')]).then(([cytoscape, { default: fcose }]) => {
        cytoscape.use(fcose);
      })),
    options: (animate) =>
      ({
        name: 'fcose',
        quality: 'default',
        randomize: true,
        animate,
        ...ANIMATION,
        fit: true,
        padding: 40,
        nodeSeparation: 110,
        idealEdgeLength: () => 120,
        nodeRepulsion: () => 9000,
        // Room for the labels as well as the shapes: force-directed pictures otherwise overlap their names.
        nodeDimensionsIncludeLabels: true,
      }) as LayoutOptions,
  },
  forceatlas2: {
    name: 'forceatlas2',
    label: 'Force-directed (large graphs)',
    load: () => (forceAtlas2Loaded ??= import('./layout-worker').then(({ registerForceAtlas2Worker }) => registerForceAtlas2Worker())),
    // Runs in a worker and moves the nodes once, when it is done: never animated.
    options: () => ({ name: 'forceatlas2', fit: true, padding: 40 }) as unknown as LayoutOptions,
  },
  concentric: {
    name: 'concentric',
    label: 'Concentric',
    options: (animate) =>
      ({
        name: 'concentric',
        animate,
        ...ANIMATION,
        fit: true,
        padding: 40,
        minNodeSpacing: 40,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        concentric: (node: cytoscape.NodeSingular) => node.degree(false),
        levelWidth: () => 2,
      }) as LayoutOptions,
  },
  breadthfirst: {
    name: 'breadthfirst',
    label: 'Hierarchy',
    options: (animate) =>
      ({ name: 'breadthfirst', directed: true, spacingFactor: 1.1, avoidOverlap: true, nodeDimensionsIncludeLabels: true, animate, ...ANIMATION, fit: true, padding: 40 }) as LayoutOptions,
  },
  circle: {
    name: 'circle',
    label: 'Circle',
    options: (animate) => ({ name: 'circle', avoidOverlap: true, nodeDimensionsIncludeLabels: true, animate, ...ANIMATION, fit: true, padding: 40 }) as LayoutOptions,
  },
  grid: {
    name: 'grid',
    label: 'Grid',
    options: (animate) => ({ name: 'grid', avoidOverlap: true, avoidOverlapPadding: 16, nodeDimensionsIncludeLabels: true, condense: false, animate, ...ANIMATION, fit: true, padding: 40 }) as LayoutOptions,
  },
};

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && Object.hasOwn(LAYOUTS, value);
}

/** The layout `auto` means: the graph's own positions when every node has them, else a force-directed one by size. */
export function automaticLayout(withPositions: boolean, nodes: number): LayoutName {
  if (withPositions) return 'preset';
  return nodes >= WORKER_LAYOUT_FROM ? 'forceatlas2' : 'fcose';
}
