/**
 * Keeps the entry bundle one file: the bundler moves its small runtime helpers (CommonJS interop,
 * shared with the lazily loaded chunks) into a chunk of their own, which the entry would import
 * statically. This plugin copies that runtime into the entry, scoped in a function so that its names
 * cannot clash, and leaves the runtime chunk for the lazy chunks alone. It does the same for the
 * chunks named in `alsoInto` (those the viewer's loader fetches side by side, which must import no
 * further chunk: see chunk-groups.ts).
 */
import type { Plugin } from 'vite';

const RUNTIME = /^rolldown-runtime$|^rolldown_runtime$/;

/** One of the imports a chunk starts with: `import{n as e,t}from"./x.js";` (bindings, specifier) or `import"./x.js";`. */
const LEADING_IMPORT = /^import\s*(?:\{([^}]*)\}\s*from\s*)?(["'])([^"']+)\2;?/;
/** The runtime chunk's closing `export{c as n,o as t};`. */
const EXPORT_CLAUSE = /export\s*\{([^}]*)\}\s*;?\s*$/;

function bindings(list: string): Array<{ imported: string; local: string }> {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [imported, local = imported] = part.split(/\s+as\s+/);
      return { imported: imported.trim(), local: local.trim() };
    });
}

/**
 * A chunk's code with the runtime chunk's code, in a scope of its own, in place of its static import
 * of it (one of the imports the chunk starts with).
 */
export function inlineRuntime(chunkCode: string, runtimeCode: string, runtimeFile: string): string {
  const exported = EXPORT_CLAUSE.exec(runtimeCode);
  if (!exported) throw new Error(`${runtimeFile} does not end with an export clause`);
  const returned = bindings(exported[1]).map(({ imported: local, local: name }) => `${JSON.stringify(name)}:${local}`);
  const body = runtimeCode.slice(0, exported.index);
  let rest = chunkCode;
  for (let imported = LEADING_IMPORT.exec(rest); imported; imported = LEADING_IMPORT.exec(rest)) {
    if (imported[1] !== undefined && imported[3].endsWith(runtimeFile.split('/').pop()!)) {
      const destructured = bindings(imported[1]).map(({ imported: name, local }) => `${JSON.stringify(name)}:${local}`);
      const before = chunkCode.slice(0, chunkCode.length - rest.length);
      return `${before}const{${destructured.join(',')}}=(()=>{${body};return{${returned.join(',')}}})();${rest.slice(imported[0].length)}`;
    }
    rest = rest.slice(imported[0].length);
  }
  throw new Error(`the entry does not start with an import of ${runtimeFile}`);
}

export function selfContainedEntry(entry: string, alsoInto: readonly string[] = []): Plugin {
  return {
    name: 'article-graph:self-contained-entry',
    apply: 'build',
    enforce: 'pre',
    generateBundle(_outputOptions, bundle) {
      const chunk = bundle[entry];
      if (!chunk || chunk.type !== 'chunk') return;
      const chunks = [chunk, ...Object.values(bundle).filter((file) => file.type === 'chunk' && alsoInto.includes(file.name))];
      for (const into of chunks) {
        if (into.type !== 'chunk') continue;
        for (const imported of into.imports) {
          const runtime = bundle[imported];
          const isRuntime = runtime?.type === 'chunk' && RUNTIME.test(runtime.name);
          if (into === chunk && !isRuntime) this.error(`${entry} imports ${imported}; it must stay one file, with only lazily loaded chunks beside it`);
          if (!isRuntime || runtime.type !== 'chunk') continue;
          into.code = inlineRuntime(into.code, runtime.code, runtime.fileName);
          into.imports = into.imports.filter((name) => name !== imported);
          // Lazily loaded chunks still import the runtime chunk; nothing else does.
          const stillUsed = Object.values(bundle).some((file) => file.type === 'chunk' && file.imports.includes(imported));
          if (!stillUsed) delete bundle[imported];
        }
      }
    },
  };
}
