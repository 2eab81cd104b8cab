/**
 * The Custom Elements Manifest (custom-elements.json) is generated from the class JSDoc of the
 * elements: `npm run build` writes it, and a unit test fails when it is out of date.
 */
import { readFileSync } from 'node:fs';

/**
 * The tag of each class and the module that registers it: src/define.ts, later-parts.ts for the
 * parts the shell defines after its first picture, or src/define-editor.ts for the editor
 * (`['tag-name', ClassName]` pairs in each).
 */
const REGISTERING_MODULES = ['src/define.ts', 'src/components/article-graph/later-parts.ts', 'src/define-editor.ts'];

function registeredTags() {
  return new Map(
    REGISTERING_MODULES.flatMap((module) =>
      [...readFileSync(new URL(`./${module}`, import.meta.url), 'utf8').matchAll(/\[\s*'([a-z][a-z0-9]*-[a-z0-9-]+)'\s*,\s*([A-Za-z_$][\w$]*)\s*\]/g)].map(
        ([, tag, name]) => [name, { tag, module }],
      ),
    ),
  );
}

/** Gives each element class its tag and a `custom-element-definition` export, as it is registered. */
function tagsFromDefine() {
  return {
    name: 'article-graph:tags-from-define',
    packageLinkPhase({ customElementsManifest }) {
      // The file system may list files in any order; the manifest must not depend on it.
      const group = (path) => GLOBS.findIndex((glob) => path.startsWith(glob.replace(/\*.*$/, '')));
      customElementsManifest.modules.sort((a, b) => group(a.path) - group(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const tags = registeredTags();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const registered = tags.get(declaration.name);
          if (!declaration.customElement || !registered) continue;
          declaration.tagName = registered.tag;
          module.exports = [
            ...(module.exports ?? []),
            { kind: 'custom-element-definition', name: registered.tag, declaration: { name: declaration.name, module: registered.module } },
          ];
        }
      }
    },
  };
}

const GLOBS = ['src/components/**/*.ts', 'src/events/*.ts', 'src/index.ts', 'src/define.ts', 'src/article-graph.ts', 'src/define-editor.ts', 'src/ag-editor.ts'];

export default {
  globs: GLOBS,
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The package.json `customElements` field is kept by hand, next to `exports`.
  packagejson: false,
  plugins: [tagsFromDefine()],
};
