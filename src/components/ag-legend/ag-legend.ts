import { LitElement, html, svg, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DASH_PATTERNS, paint, type Encoding, type LineStyle, type NodeShape, type RelationEncoding } from '../../view/encoding';
import { shapePathData } from '../../view/shapes';
import type { ThemeTokens } from '../../view/stylesheet';
import { emit, type AgLegendToggleDetail } from '../../events/events';
import { sharedStyles } from '../shared/shared.styles';
import { agLegendStyles } from './ag-legend.styles';

/**
 * The legend of `<article-graph>`: every colour, shape and line style in use, explained. Each entity
 * type and relation is also a switch that shows or hides it.
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

  private toggle(kind: AgLegendToggleDetail['kind'], key: string, visible: boolean) {
    emit(this, 'ag-legend-toggle', { kind, key, visible });
  }

  private colour(hex: string): string {
    return this.tokens ? paint(hex, this.tokens) : hex;
  }

  override render() {
    const { types, relations, certainties } = this.encoding;
    return html`
      ${types.length > 0
        ? html`<h2 id="types">Entities</h2>
            <ul aria-labelledby="types">
              ${types.map(
                (type) => html`<li>
                  ${this.switchRow('type', type, this.hiddenTypes, shapeSwatch(type.shape, this.colour(type.color)))}
                </li>`,
              )}
            </ul>`
        : nothing}
      ${relations.length > 0
        ? html`<h2 id="relations">Relations</h2>
            ${groupByFamily(relations).map(
              (group) => html`${group.family
                  ? html`<label class="family ${group.relations.every((r) => this.hiddenRelations.has(r.key)) ? 'off' : ''}">
                      <input
                        type="checkbox"
                        .checked=${group.relations.some((r) => !this.hiddenRelations.has(r.key))}
                        .indeterminate=${group.relations.some((r) => this.hiddenRelations.has(r.key)) &&
                        group.relations.some((r) => !this.hiddenRelations.has(r.key))}
                        @change=${(e: Event) => this.setAll((e.target as HTMLInputElement).checked, group.relations)}
                      />
                      <span class="family-name">${group.family.label}</span>
                    </label>`
                  : nothing}
                <ul aria-label=${group.family?.label ?? 'Relations'} class=${group.family ? 'in-family' : ''}>
                  ${group.relations.map(
                    (relation) => html`<li>
                      ${this.switchRow(
                        'relation',
                        relation,
                        this.hiddenRelations,
                        lineSwatch(this.colour(relation.color), 'solid', relation.directed, relation.emphasis ? 3.5 : 2),
                      )}
                    </li>`,
                  )}
                </ul>`,
            )}
            <div class="actions">
              <button type="button" @click=${() => this.setAll(true)}>Show all</button>
              <button type="button" @click=${() => this.setAll(false)}>Hide all</button>
            </div>`
        : nothing}
      ${certainties.length > 1
        ? html`<h2 id="certainty">Certainty</h2>
            <ul aria-labelledby="certainty">
              ${certainties.map(
                (c) => html`<li class="certainty">${lineSwatch('currentColor', c.lineStyle, false, 2)}<span>${c.label}</span></li>`,
              )}
            </ul>`
        : nothing}
    `;
  }

  /** One switch of the legend: a checkbox labelled with the swatch, the name and the count. */
  private switchRow(
    kind: AgLegendToggleDetail['kind'],
    entry: { key: string; label: string; definition: string; count: number },
    hidden: ReadonlySet<string>,
    swatch: TemplateResult,
  ) {
    return html`<label class=${hidden.has(entry.key) ? 'off' : ''} title=${entry.definition || entry.label}>
      <input
        type="checkbox"
        .checked=${!hidden.has(entry.key)}
        @change=${(e: Event) => this.toggle(kind, entry.key, (e.target as HTMLInputElement).checked)}
      />
      ${swatch}
      <span class="name">${entry.label}</span>
      <span class="count" aria-label="${entry.count} in the graph">${entry.count}</span>
    </label>`;
  }

  private setAll(visible: boolean, relations = this.encoding.relations) {
    for (const relation of relations) {
      if (this.hiddenRelations.has(relation.key) === visible) this.toggle('relation', relation.key, visible);
    }
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
    if (last && last.family?.key === relation.family?.key) last.relations.push(relation);
    else groups.push({ family: relation.family, relations: [relation] });
  }
  return groups;
}

function shapeSwatch(shape: NodeShape, colour: string) {
  return html`<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">${svg`<path d=${shapePathData(shape, 10, 10, 8.5)} fill=${colour} />`}</svg>`;
}

function lineSwatch(colour: string, style: LineStyle, arrow: boolean, width: number) {
  return html`<svg width="26" height="12" viewBox="0 0 26 12" aria-hidden="true">
    <line x1="1" y1="6" x2=${arrow ? 19 : 25} y2="6" stroke=${colour} stroke-width=${width} stroke-dasharray=${DASH_PATTERNS[style].join(' ')} />
    ${arrow ? svg`<path d="M18 1.5L25 6l-7 4.5z" fill=${colour} />` : nothing}
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-legend': AgLegend;
  }
}
