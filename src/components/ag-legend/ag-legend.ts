import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DASH_PATTERNS, paint, type Encoding, type LineStyle, type NodeShape, type RelationEncoding } from '../../view/encoding';
import { shapePathData } from '../../view/shapes';
import type { ThemeTokens } from '../../view/stylesheet';
import { emit } from '../../events/events';
import { sharedStyles } from '../shared/shared.styles';
import { agLegendStyles } from './ag-legend.styles';

/** One row of a legend tree: an entity type, a family of relations, or a relation inside a family. */
interface Row {
  id: string;
  kind: 'type' | 'family' | 'relation';
  label: string;
  title: string;
  count: number;
  /** `mixed` for a family some of whose relations are off. */
  checked: boolean | 'mixed';
  swatch: TemplateResult;
  /** The relations of a family. */
  children?: Row[];
  /** The keys it switches: a type or relation's own, a family's relations. */
  keys: string[];
}

/**
 * The legend of `<article-graph>`, which is also its filter: every shape, colour and line style in
 * use, explained, and each entity type and relation a switch that shows or hides it. Relations are
 * grouped by family, one hue each; a family is one switch for all its relations and opens to show
 * them. Each list is one Tab stop (a tree: arrow keys move, Right and Left open and close a family,
 * Space or Enter switches).
 *
 * @summary Legend and filter of the graph.
 * @fires ag-legend-toggle - A type or relation was switched on or off; detail `{ kind, key, visible }`.
 */
export class AgLegend extends LitElement {
  static override styles = [sharedStyles, agLegendStyles];

  /** The encoding to explain; the shell derives it from the graph. */
  @property({ attribute: false }) encoding: Encoding = { types: [], relations: [], certainties: [] };

  /** Theme tokens, so swatches match the canvas. */
  @property({ attribute: false }) tokens: ThemeTokens | undefined;

  /** Relation keys switched off. */
  @property({ attribute: false }) hiddenRelations: ReadonlySet<string> = new Set();

  /** Entity type keys switched off. */
  @property({ attribute: false }) hiddenTypes: ReadonlySet<string> = new Set();

  /** Families shown open. */
  @state() private expanded: ReadonlySet<string> = new Set();

  /** The row of each tree that takes its Tab stop. */
  @state() private current: Record<string, string> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('encoding')) this.expanded = new Set();
  }

  private colour(hex: string): string {
    return this.tokens ? paint(hex, this.tokens) : hex;
  }

  private typeRows(): Row[] {
    return this.encoding.types.map((type) => ({
      id: `type:${type.key}`,
      kind: 'type',
      label: type.label,
      title: type.definition || type.label,
      count: type.count,
      checked: !this.hiddenTypes.has(type.key),
      swatch: shapeSwatch(type.shape, this.colour(type.color)),
      keys: [type.key],
    }));
  }

  private relationRows(): Row[] {
    const rows: Row[] = [];
    for (const group of groupByFamily(this.encoding.relations)) {
      const children = group.relations.map((relation) => this.relationRow(relation));
      if (!group.family) {
        rows.push(...children);
        continue;
      }
      const on = group.relations.filter((relation) => !this.hiddenRelations.has(relation.key)).length;
      rows.push({
        id: `family:${group.family.key}`,
        kind: 'family',
        label: group.family.label,
        title: `${group.family.label}: ${group.relations.map((relation) => relation.label).join(', ')}`,
        count: group.relations.reduce((sum, relation) => sum + relation.count, 0),
        checked: on === group.relations.length ? true : on === 0 ? false : 'mixed',
        swatch: lineSwatch(this.colour(familyColour(group.relations)), 'solid', false, 3),
        children,
        keys: group.relations.map((relation) => relation.key),
      });
    }
    return rows;
  }

  private relationRow(relation: RelationEncoding): Row {
    return {
      id: `relation:${relation.key}`,
      kind: 'relation',
      label: relation.label,
      title: relation.definition || relation.label,
      count: relation.count,
      checked: !this.hiddenRelations.has(relation.key),
      swatch: lineSwatch(this.colour(relation.color), 'solid', relation.directed, relation.emphasis ? 3.5 : 2),
      keys: [relation.key],
    };
  }

  /** Switches a row: a family all on unless it is all on already. */
  private switchRow(row: Row): void {
    const visible = row.checked !== true;
    const kind = row.kind === 'type' ? 'type' : 'relation';
    const hidden = kind === 'type' ? this.hiddenTypes : this.hiddenRelations;
    for (const key of row.keys) if (hidden.has(key) === visible) emit(this, 'ag-legend-toggle', { kind, key, visible });
  }

  private setAll(visible: boolean) {
    for (const relation of this.encoding.relations) {
      if (this.hiddenRelations.has(relation.key) === visible) emit(this, 'ag-legend-toggle', { kind: 'relation', key: relation.key, visible });
    }
  }

  private toggleExpanded(id: string, open?: boolean): void {
    const next = new Set(this.expanded);
    if (open ?? !next.has(id)) next.add(id);
    else next.delete(id);
    this.expanded = next;
  }

  override render() {
    const { certainties } = this.encoding;
    const types = this.typeRows();
    const relations = this.relationRows();
    return html`
      ${types.length > 0 ? html`<h2 id="types">Entities</h2>${this.renderTree('types', 'Entity types', types)}` : nothing}
      ${relations.length > 0
        ? html`<h2 id="relations">Relations</h2>
            ${this.renderTree('relations', 'Relations, by family', relations)}
            <div class="actions">
              <button type="button" @click=${() => this.setAll(true)}>Show all</button>
              <button type="button" @click=${() => this.setAll(false)}>Hide all</button>
            </div>`
        : nothing}
      ${certainties.length > 1
        ? html`<h2 id="certainty">Certainty</h2>
            <ul class="certainty-list" aria-labelledby="certainty">
              ${certainties.map((c) => html`<li class="certainty">${lineSwatch('currentColor', c.lineStyle, false, 2)}<span>${c.label}</span></li>`)}
            </ul>`
        : nothing}
    `;
  }

  private renderTree(tree: string, label: string, rows: Row[]) {
    const visible = this.visibleRows(rows);
    const current = visible.some((row) => row.id === this.current[tree]) ? this.current[tree] : visible[0]?.id;
    return html`<ul role="tree" aria-label=${label} data-tree=${tree} @keydown=${(event: KeyboardEvent) => this.onTreeKey(event, tree, rows)}>
      ${rows.map((row) => this.renderRow(tree, row, current, 1))}
    </ul>`;
  }

  private renderRow(tree: string, row: Row, current: string | undefined, level: number): TemplateResult {
    const open = this.expanded.has(row.id);
    return html`<li role="treeitem" data-id=${row.id} aria-level=${level} aria-checked=${String(row.checked)}
      aria-expanded=${row.children ? String(open) : nothing} tabindex=${row.id === current ? 0 : -1} title=${row.title}
      class=${`${row.kind} ${row.checked === false ? 'off' : ''}`} @focus=${() => (this.current = { ...this.current, [tree]: row.id })}>
      <div class=${tree === 'relations' ? 'row lead' : 'row'} @click=${(event: Event) => this.onRowClick(event, row)}>
        ${tree !== 'relations'
          ? nothing
          : row.children
            ? html`<span class="disclosure" data-disclosure aria-hidden="true">${open ? '▾' : '▸'}</span>`
            : html`<span class="indent" aria-hidden="true"></span>`}
        <span class="check" aria-hidden="true">${row.checked === 'mixed' ? '–' : row.checked ? '✓' : ''}</span>
        ${row.swatch}
        <span class="name">${row.label}</span>
        <span class="count" aria-label="${row.count} in the graph">${row.count}</span>
      </div>
      ${row.children && open ? html`<ul role="group">${row.children.map((child) => this.renderRow(tree, child, current, level + 1))}</ul>` : nothing}
    </li>`;
  }

  private onRowClick(event: Event, row: Row): void {
    event.stopPropagation();
    const item = (event.currentTarget as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    item?.focus();
    if ((event.target as Element).closest('[data-disclosure]')) this.toggleExpanded(row.id);
    else this.switchRow(row);
  }

  /** Rows in the order a keyboard meets them: families' relations only while the family is open. */
  private visibleRows(rows: Row[]): Row[] {
    return rows.flatMap((row) => [row, ...(row.children && this.expanded.has(row.id) ? row.children : [])]);
  }

  private onTreeKey(event: KeyboardEvent, tree: string, rows: Row[]): void {
    const visible = this.visibleRows(rows);
    const id = (event.composedPath()[0] as HTMLElement).dataset?.id;
    const at = visible.findIndex((row) => row.id === id);
    const row = visible[at];
    if (!row) return;
    const parent = rows.find((candidate) => candidate.children?.includes(row));
    let move: Row | undefined;
    switch (event.key) {
      case 'ArrowDown':
        move = visible[at + 1];
        break;
      case 'ArrowUp':
        move = visible[at - 1];
        break;
      case 'Home':
        move = visible[0];
        break;
      case 'End':
        move = visible[visible.length - 1];
        break;
      case 'ArrowRight':
        if (row.children && !this.expanded.has(row.id)) this.toggleExpanded(row.id, true);
        else if (row.children) move = row.children[0];
        break;
      case 'ArrowLeft':
        if (row.children && this.expanded.has(row.id)) this.toggleExpanded(row.id, false);
        else move = parent;
        break;
      case ' ':
      case 'Enter':
        this.switchRow(row);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (move) this.focusRow(tree, move.id);
  }

  private focusRow(tree: string, id: string): void {
    this.current = { ...this.current, [tree]: id };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-tree="${tree}"] [data-id="${CSS.escape(id)}"]`)?.focus());
  }
}

interface RelationGroup {
  family: RelationEncoding['family'];
  relations: RelationEncoding[];
}

/** Consecutive relations of one family form a group; relations without a family form their own. */
function groupByFamily(relations: RelationEncoding[]): RelationGroup[] {
  const groups: RelationGroup[] = [];
  for (const relation of relations) {
    const last = groups[groups.length - 1];
    if (last && last.family && last.family.key === relation.family?.key) last.relations.push(relation);
    else groups.push({ family: relation.family, relations: [relation] });
  }
  return groups;
}

/** A family's hue: the colour most of its relations share. */
function familyColour(relations: RelationEncoding[]): string {
  const counts = new Map<string, number>();
  for (const relation of relations) counts.set(relation.color, (counts.get(relation.color) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function shapeSwatch(shape: NodeShape, colour: string) {
  return html`<svg class="swatch" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">${svg`<path d=${shapePathData(shape, 10, 10, 8.5)} fill=${colour} />`}</svg>`;
}

function lineSwatch(colour: string, style: LineStyle, arrow: boolean, width: number) {
  return html`<svg class="swatch" width="26" height="12" viewBox="0 0 26 12" aria-hidden="true">
    <line x1="1" y1="6" x2=${arrow ? 19 : 25} y2="6" stroke=${colour} stroke-width=${width} stroke-dasharray=${DASH_PATTERNS[style].join(' ')} />
    ${arrow ? svg`<path d="M18 1.5L25 6l-7 4.5z" fill=${colour} />` : nothing}
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-legend': AgLegend;
  }
}
