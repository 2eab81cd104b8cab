/**
 * The README's API tables, written from the Custom Elements Manifest (custom-elements.json): the
 * attributes and properties, methods, events, CSS custom properties and parts of one element.
 * `npm run build` writes them to dist/api.md; a unit test checks the README's copy between
 * `<!-- api:start -->` and `<!-- api:end -->` against them.
 */

/** The parts of the manifest schema that the tables read. */
interface Typed {
  text?: string;
}
interface Member {
  kind: 'field' | 'method';
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  type?: Typed;
  default?: string;
  description?: string;
  attribute?: string;
  parameters?: Array<{ name: string; optional?: boolean; default?: string; type?: Typed }>;
  return?: { type?: Typed };
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: Member[];
  events?: Array<{ name: string; description?: string; type?: Typed }>;
  cssProperties?: Array<{ name: string; description?: string; default?: string }>;
  cssParts?: Array<{ name: string; description?: string }>;
  slots?: Array<{ name: string; description?: string }>;
}
export interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

export const API_START = '<!-- api:start -->';
export const API_END = '<!-- api:end -->';

/** Table cell text: one line, pipes escaped. */
function cell(text: string | undefined): string {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

const code = (text: string | undefined) => (text ? `\`${cell(text)}\`` : '');

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

/** `@cssprop --name - what it does [=default]`: the default written at the end of the description. */
function splitDefault(description: string | undefined, given?: string): { description: string; default?: string } {
  const match = /\s*\[=([^\]]*)\]\s*$/.exec(description ?? '');
  if (!match) return { description: description ?? '', default: given };
  return { description: (description ?? '').slice(0, match.index), default: given ?? match[1] };
}

export function findElement(manifest: Manifest, tagName: string): Declaration {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName === tagName) return declaration;
    }
  }
  throw new Error(`custom-elements.json has no <${tagName}>; run npm run build`);
}

/** The elements whose API the README documents, in its order. */
export const PUBLIC_ELEMENTS = ['article-graph', 'ag-editor'];

/** The markdown tables of the public elements' API, as they go between the README markers. */
export function apiTable(manifest: Manifest, tagNames: readonly string[] = PUBLIC_ELEMENTS): string {
  return tagNames.map((tagName) => elementTable(manifest, tagName)).join('\n');
}

/** The markdown tables of one element's public API. */
function elementTable(manifest: Manifest, tagName: string): string {
  const element = findElement(manifest, tagName);
  const members = (element.members ?? []).filter((m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'));
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  const lines: string[] = [`### \`<${tagName}>\``, ''];
  if (element.summary) lines.push(cell(element.summary), '');

  lines.push('#### Attributes and properties', '');
  lines.push(
    ...table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      fields.map((f) => [
        f.attribute ? code(f.attribute) : '—',
        code(f.name) + (f.readonly ? ' (read-only)' : ''),
        code(f.type?.text),
        code(f.default),
        cell(f.description),
      ]),
    ),
    '',
  );

  if (methods.length > 0) {
    lines.push('#### Methods', '');
    const signature = (m: Member) =>
      `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional || p.default !== undefined ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ')})${m.return?.type?.text ? `: ${m.return.type.text}` : ''}`;
    lines.push(...table(['Method', 'Description'], methods.map((m) => [code(signature(m)), cell(m.description)])), '');
  }

  if (element.events?.length) {
    lines.push('#### Events', '');
    lines.push(...table(['Event', 'Description'], element.events.map((e) => [code(e.name), cell(e.description)])), '');
  }

  if (element.cssProperties?.length) {
    lines.push('#### CSS custom properties', '');
    lines.push(
      ...table(
        ['Property', 'Default', 'Description'],
        element.cssProperties.map((p) => {
          const { description, default: fallback } = splitDefault(p.description, p.default);
          return [code(p.name), code(fallback), cell(description)];
        }),
      ),
      '',
    );
  }

  if (element.cssParts?.length) {
    lines.push('#### Parts', '');
    lines.push(...table(['Part', 'Description'], element.cssParts.map((p) => [code(p.name), cell(p.description)])), '');
  }

  if (element.slots?.length) {
    lines.push('#### Slots', '');
    lines.push(...table(['Slot', 'Description'], element.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])), '');
  }

  return lines.join('\n').trimEnd() + '\n';
}

/** The text between the API markers of a README; undefined when it has none. */
export function apiSection(readme: string): string | undefined {
  const start = readme.indexOf(API_START);
  const end = readme.indexOf(API_END);
  if (start < 0 || end < 0) return undefined;
  if (end < start) throw new Error(`README: ${API_END} comes before ${API_START}`);
  return readme.slice(start + API_START.length, end).replace(/^\s*\n/, '').replace(/\s*$/, '\n');
}
