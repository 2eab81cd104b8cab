/**
 * Chunks that import no further chunks. The viewer's loader fetches the element's code, Cytoscape,
 * the graph loader and the dataset side by side; each chunk that imported another in turn would add
 * a round trip before the picture (150 ms on slow 4G). This plugin computes, once the module graph
 * is known, each group's static closure (its root and everything the root imports, not through
 * dynamic imports), less what the entry already holds and what an earlier group took, and
 * `codeSplitting` puts exactly those modules in one chunk per group; the bundler's runtime helpers
 * are copied into them (self-contained-entry.ts). Lazy chunks loaded later may import from these;
 * they are on the page by then.
 */
import type { Plugin } from 'vite';

export interface ChunkGroup {
  /** The chunk's name. */
  name: string;
  /** Path (relative to the project) of the module whose static imports the chunk holds. */
  root: string;
}

export interface ChunkGroups {
  plugin: Plugin;
  /** The groups' chunk names, for the runtime's helpers to be copied into them (self-contained-entry.ts). */
  names: string[];
  codeSplitting: { groups: Array<{ name: string; test: (id: string) => boolean; includeDependenciesRecursively: boolean }> };
}

export function chunkGroups(projectRoot: string, entry: string, groups: ChunkGroup[]): ChunkGroups {
  const members = new Map<string, Set<string>>(groups.map((group) => [group.name, new Set()]));
  const plugin: Plugin = {
    name: 'article-graph:chunk-groups',
    apply: 'build',
    buildEnd() {
      const closure = (root: string, taken: Set<string>) => {
        const found = new Set<string>();
        const visit = (id: string) => {
          if (found.has(id) || taken.has(id)) return;
          found.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
        };
        visit(root);
        return found;
      };
      const taken = closure(`${projectRoot}${entry}`, new Set());
      for (const group of groups) {
        const ids = closure(`${projectRoot}${group.root}`, taken);
        for (const id of ids) taken.add(id);
        members.set(group.name, ids);
      }
    },
  };
  return {
    plugin,
    names: groups.map((group) => group.name),
    codeSplitting: {
      groups: groups.map((group) => ({
        name: group.name,
        test: (id: string) => members.get(group.name)!.has(id),
        includeDependenciesRecursively: false,
      })),
    },
  };
}
