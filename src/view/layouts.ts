/**
 * The automatic layouts, as descriptors in one registry. Their code is loaded only when a layout
 * is first asked for, so a graph that carries its own positions never pays for it.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';

export type LayoutName = 'preset' | 'fcose' | 'concentric' | 'breadthfirst' | 'circle' | 'grid';

export interface LayoutDescriptor {
  name: LayoutName;
  label: string;
  /** Registers any extension the layout needs; idempotent. */
  load?: () => Promise<void>;
  options: (animate: boolean) => LayoutOptions;
}

let fcoseLoaded: Promise<void> | undefined;

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
      (fcoseLoaded ??= import('cytoscape-fcose').then(({ default: fcose }) => {
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
      }) as LayoutOptions,
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
        concentric: (node: cytoscape.NodeSingular) => node.degree(false),
        levelWidth: () => 2,
      }) as LayoutOptions,
  },
  breadthfirst: {
    name: 'breadthfirst',
    label: 'Hierarchy',
    options: (animate) =>
      ({ name: 'breadthfirst', directed: true, spacingFactor: 1.1, animate, ...ANIMATION, fit: true, padding: 40 }) as LayoutOptions,
  },
  circle: {
    name: 'circle',
    label: 'Circle',
    options: (animate) => ({ name: 'circle', animate, ...ANIMATION, fit: true, padding: 40 }) as LayoutOptions,
  },
  grid: {
    name: 'grid',
    label: 'Grid',
    options: (animate) => ({ name: 'grid', animate, ...ANIMATION, fit: true, padding: 40 }) as LayoutOptions,
  },
};

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && Object.hasOwn(LAYOUTS, value);
}
