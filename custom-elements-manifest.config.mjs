/**
 * The Custom Elements Manifest (custom-elements.json) is generated from the class JSDoc of the
 * elements: `npm run build` writes it, and a unit test fails when it is out of date.
 */
import { readFileSync } from 'node:fs';

/** The tag of each class, as registered in src/define.ts (`['tag-name', ClassName]` pairs). */
function registeredTags() {
  const source = readFileSync(new URL('./src/define.ts', import.meta.url), 'utf8');
  return new Map([...source.matchAll(/\[\s*'([a-z][a-z0-9]*-[a-z0-9-]+)'\s*,\s*([A-Za-z_$][\w$]*)\s*\]/g)].map(([, tag, name]) => [name, tag]));
}

/** Gives each element class its tag and a `custom-element-definition` export, as define.ts registers them. */
function tagsFromDefine() {
  return {
    name: 'article-graph:tags-from-define',
    packageLinkPhase({ customElementsManifest }) {
      const tags = registeredTags();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (!declaration.customElement || !tag) continue;
          declaration.tagName = tag;
          module.exports = [
            ...(module.exports ?? []),
            { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: 'src/define.ts' } },
          ];
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/events/*.ts', 'src/index.ts', 'src/define.ts', 'src/article-graph.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The package.json `customElements` field is kept by hand, next to `exports`.
  packagejson: false,
  plugins: [tagsFromDefine()],
};
