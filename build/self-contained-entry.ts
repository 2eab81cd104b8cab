/**
 * Keeps the entry bundle one file: the bundler moves its small runtime helpers (CommonJS interop,
 * shared with the lazily loaded chunks) into a chunk of their own, which the entry would import
 * statically. This plugin copies that runtime into the entry, scoped in a function so that its names
 * cannot clash, and leaves the runtime chunk for the lazy chunks alone.
 */
import type { Plugin } from 'vite';

const RUNTIME = /^rolldown-runtime$|^rolldown_runtime$/;

/** `import{n as e,t}from"./x.js";` -> the bindings and the specifier. */
const STATIC_IMPORT = /^import\s*\{([^}]*)\}\s*from\s*(["'])([^"']+)\2;?/;
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

/** The entry's code with the runtime chunk's code in place of its static import of it. */
export function inlineRuntime(entryCode: string, runtimeCode: string, runtimeFile: string): string {
  const imported = STATIC_IMPORT.exec(entryCode);
  if (!imported || !imported[3].endsWith(runtimeFile.split('/').pop()!)) {
    throw new Error(`the entry does not start with an import of ${runtimeFile}`);
  }
  const exported = EXPORT_CLAUSE.exec(runtimeCode);
  if (!exported) throw new Error(`${runtimeFile} does not end with an export clause`);
  const returned = bindings(exported[1]).map(({ imported: local, local: name }) => `${JSON.stringify(name)}:${local}`);
  const body = runtimeCode.slice(0, exported.index);
  const destructured = bindings(imported[1]).map(({ imported: name, local }) => `${JSON.stringify(name)}:${local}`);
  return `const{${destructured.join(',')}}=(()=>{${body};return{${returned.join(',')}}})();${entryCode.slice(imported[0].length)}`;
}

export function selfContainedEntry(entry: string): Plugin {
  return {
    name: 'article-graph:self-contained-entry',
    apply: 'build',
    enforce: 'pre',
    generateBundle(_outputOptions, bundle) {
      const chunk = bundle[entry];
      if (!chunk || chunk.type !== 'chunk') return;
      for (const imported of chunk.imports) {
        const runtime = bundle[imported];
        if (!runtime || runtime.type !== 'chunk' || !RUNTIME.test(runtime.name)) {
          this.error(`${entry} imports ${imported}; it must stay one file, with only lazily loaded chunks beside it`);
        }
        chunk.code = inlineRuntime(chunk.code, runtime.code, runtime.fileName);
        chunk.imports = chunk.imports.filter((name) => name !== imported);
        // Lazily loaded chunks still import the runtime chunk; nothing else does.
        const stillUsed = Object.values(bundle).some((file) => file.type === 'chunk' && file.imports.includes(imported));
        if (!stillUsed) delete bundle[imported];
      }
    },
  };
}
