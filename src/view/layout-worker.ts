/**
 * ForceAtlas2 off the main thread. `startForceAtlas2` runs graphology-layout-forceatlas2's web
 * worker on a structure-only copy of a graph and resolves with the positions; it is used directly
 * when a graph without positions is first drawn (so nothing is drawn before it is placed), and
 * through a Cytoscape layout named `forceatlas2` for re-layouts from the toolbar. The layout emits
 * `layoutprogress` (with the fraction done) while it runs. `stop()` terminates the worker, so a
 * core that is destroyed mid-layout leaves nothing running.
 */
import cytoscape, { type Core, type CollectionReturnValue } from 'cytoscape';
import Graph from 'graphology';
import { batch } from './batch';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';

export interface ForceAtlas2WorkerOptions {
  /** Stop after this many iterations... */
  maxIterations: number;
  /** ...or after this many milliseconds, whichever comes first. */
  maxDuration: number;
  fit: boolean;
  padding: number;
}

export const FORCE_ATLAS2_DEFAULTS: ForceAtlas2WorkerOptions = {
  maxIterations: 400,
  maxDuration: 1000,
  fit: true,
  padding: 40,
};

/** How often progress is reported and the budget checked, in ms. */
const TICK = 50;
/** Milliseconds of copying edges for the worker per main-thread task (the layout's own budget is tight). */
const COPY_BUDGET = 15;
/** Spacing of the starting spiral; ForceAtlas2 scales the result anyway. */
const SPIRAL_STEP = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * ForceAtlas2 places nodes at its own scale, tight for small graphs; those (drawn at the full level
 * of detail, with labels) are spread to this typical distance between neighbours, in model units.
 */
const SPACING = 150;
const SPREAD_BELOW = 1000;

/**
 * The positions scaled about their centre so that a node's nearest neighbour is typically (the
 * median, over up to 200 nodes) `spacing` away; never shrunk.
 */
export function spread(positions: Positions, spacing: number): Positions {
  const points = [...positions.values()];
  if (points.length < 2) return positions;
  const step = Math.max(1, Math.floor(points.length / 200));
  const nearest: number[] = [];
  for (let i = 0; i < points.length; i += step) {
    let best = Infinity;
    for (let j = 0; j < points.length; j++) {
      if (j !== i) best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    }
    if (Number.isFinite(best)) nearest.push(best);
  }
  nearest.sort((a, b) => a - b);
  const median = nearest[Math.floor(nearest.length / 2)] ?? 0;
  const factor = median > 0 ? spacing / median : 1;
  if (!(factor > 1) || !Number.isFinite(factor)) return positions;
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  return new Map([...positions].map(([id, { x, y }]) => [id, { x: cx + (x - cx) * factor, y: cy + (y - cy) * factor }]));
}

/** Marked on the page's performance timeline when a run starts (before its setup) and when its positions are ready, for the benchmark. */
export const LAYOUT_START_MARK = 'article-graph:layout-start';
export const LAYOUT_END_MARK = 'article-graph:layout-end';

/** Live layout runs, for tests that check nothing outlives its element. */
export const runningWorkerLayouts = new Set<object>();

/** What ForceAtlas2 needs to know of a graph: its node ids and its links. */
export interface LayoutStructure {
  nodes: readonly string[];
  edges: ReadonlyArray<readonly [string, string]>;
}

export type Positions = Map<string, { x: number; y: number }>;

export interface ForceAtlas2Run {
  /** The positions by node id, or `undefined` when stopped first. */
  done: Promise<Positions | undefined>;
  /** Terminates the worker; `done` then resolves with `undefined`. */
  stop(): void;
}

/**
 * Runs ForceAtlas2 in a web worker on a copy of the structure (nodes start on a spiral, so runs
 * are repeatable) until `maxIterations` or `maxDuration`, reporting the fraction done.
 */
export function startForceAtlas2(
  structure: LayoutStructure,
  options: Partial<ForceAtlas2WorkerOptions> = {},
  progress?: (fraction: number) => void,
): ForceAtlas2Run {
  const { maxIterations, maxDuration } = { ...FORCE_ATLAS2_DEFAULTS, ...options };
  performance.mark(LAYOUT_START_MARK);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  structure.nodes.forEach((id, index) => {
    const radius = SPIRAL_STEP * Math.sqrt(index + 1);
    graph.addNode(id, { x: radius * Math.cos(index * GOLDEN_ANGLE), y: radius * Math.sin(index * GOLDEN_ANGLE) });
  });
  let iterations = 0;
  let supervisor: FA2LayoutSupervisor | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish: (positions: Positions | undefined) => void = () => {};
  const run: ForceAtlas2Run = {
    done: new Promise((resolve) => (finish = resolve)),
    stop: () => {
      if (!runningWorkerLayouts.has(run)) return;
      release();
      finish(undefined);
    },
  };
  const release = () => {
    clearTimeout(timer);
    supervisor?.kill();
    runningWorkerLayouts.delete(run);
  };
  let started = 0;
  const tick = () => {
    const done = Math.min(1, Math.max(iterations / maxIterations, (performance.now() - started) / maxDuration));
    progress?.(done);
    if (done < 1) {
      timer = setTimeout(tick, TICK);
      return;
    }
    release();
    const positions: Positions = new Map();
    graph.forEachNode((id, attributes) => positions.set(id, { x: attributes.x as number, y: attributes.y as number }));
    performance.mark(LAYOUT_END_MARK);
    finish(graph.order < SPREAD_BELOW ? spread(positions, SPACING) : positions);
  };
  // The copy's edges are added a slice per task, so that setting up never holds the main thread long.
  let next = 0;
  const addEdges = () => {
    const start = performance.now();
    while (next < structure.edges.length && performance.now() - start < COPY_BUDGET) {
      const end = Math.min(structure.edges.length, next + 50);
      for (; next < end; next++) {
        const [source, target] = structure.edges[next]!;
        if (source !== target && graph.hasNode(source) && graph.hasNode(target)) graph.mergeEdge(source, target);
      }
    }
    // Then the worker is made, and started (the graph copied into its arrays), each in a task of its own.
    timer = setTimeout(next < structure.edges.length ? addEdges : makeWorker);
  };
  const makeWorker = () => {
    // The supervisor writes the copy's positions once per iteration.
    graph.on('eachNodeAttributesUpdated', () => iterations++);
    supervisor = new FA2LayoutSupervisor(graph, { settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500 } });
    timer = setTimeout(startWorker);
  };
  const startWorker = () => {
    supervisor!.start();
    started = performance.now();
    timer = setTimeout(tick, TICK);
  };
  runningWorkerLayouts.add(run);
  addEdges();
  return run;
}

interface LayoutInput extends Partial<ForceAtlas2WorkerOptions> {
  cy: Core;
  eles: CollectionReturnValue;
}

interface ForceAtlas2WorkerLayout {
  options: ForceAtlas2WorkerOptions & LayoutInput;
  current: ForceAtlas2Run | undefined;
  /** Provided by Cytoscape's wrapper around registered layouts. */
  emit(event: string, params?: unknown[]): void;
}

/** Cytoscape calls a layout's constructor without `new` (it wraps it), so this is a plain function. */
function ForceAtlas2WorkerLayout(this: ForceAtlas2WorkerLayout, options: LayoutInput): void {
  this.options = { ...FORCE_ATLAS2_DEFAULTS, ...options };
  this.current = undefined;
}

ForceAtlas2WorkerLayout.prototype.run = function run(this: ForceAtlas2WorkerLayout) {
  this.current?.stop();
  const { cy, eles, fit, padding } = this.options;
  const nodes = eles.nodes();
  const structure: LayoutStructure = {
    nodes: nodes.map((node) => node.id()),
    edges: eles.edges().map((edge) => [edge.source().id(), edge.target().id()] as const),
  };
  this.emit('layoutstart');
  const current = startForceAtlas2(structure, this.options, (fraction) => this.emit('layoutprogress', [fraction]));
  this.current = current;
  void current.done.then((positions) => {
    if (this.current !== current) return;
    this.current = undefined;
    if (positions && !cy.destroyed()) {
      batch(cy, () => nodes.positions((node) => positions.get(node.id()) ?? node.position()));
      if (fit) cy.fit(eles, padding);
      this.emit('layoutready');
    }
    this.emit('layoutstop');
  });
  return this;
};

ForceAtlas2WorkerLayout.prototype.stop = function stop(this: ForceAtlas2WorkerLayout) {
  const current = this.current;
  this.current = undefined;
  if (current) {
    current.stop();
    this.emit('layoutstop');
  }
  return this;
};

let registered = false;

/** Registers the `forceatlas2` layout with Cytoscape; idempotent. */
export function registerForceAtlas2Worker(): void {
  if (registered) return;
  registered = true;
  (cytoscape as unknown as (type: 'layout', name: string, layout: unknown) => void)('layout', 'forceatlas2', ForceAtlas2WorkerLayout);
}
