import { css, unsafeCSS } from 'lit';
import { CARD } from '../shared/shared.styles';
import { DARK_TOKENS, LIGHT_TOKENS } from '../shared/theme.styles';
import { PRIORITY_WIDTHS } from './toolbar-controller';

/** The viewer: its theme tokens (theme.styles.ts), its box, the toolbar, the stage and the panels. */
export const articleGraphStyles = css`
  :host {
    ${LIGHT_TOKENS}
    --_panel-width: var(--ag-panel-width, 300px);

    display: block;
    position: relative;
    box-sizing: border-box;
    contain: content;
    container-type: size;
    container-name: article-graph;
    /* Whatever size the page gives it, border included; without a height, 3:2 (16:9 on wide screens, 4:5 on phones). */
    width: 100%;
    aspect-ratio: 3 / 2;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: 15px;
    line-height: 1.4;
    text-align: left;
    border: 1px solid var(--_border);
    border-radius: var(--ag-radius, 8px);
    overflow: hidden;
  }
  @media (max-width: 600px) {
    :host {
      aspect-ratio: 4 / 5;
    }
  }
  @media (min-width: 1100px) {
    :host {
      aspect-ratio: 16 / 9;
    }
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${DARK_TOKENS}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']),
    :host(:not([theme])) {
      ${DARK_TOKENS}
    }
  }

  .shell {
    display: grid;
    grid-template-rows: auto 1fr;
    width: 100%;
    height: 100%;
    /* Again inside: a page's rules on the element itself (say \`* { font: 30px serif }\`) win over :host. */
    font: normal 400 15px / 1.4 var(--_font);
    color: var(--_text);
    text-align: left;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
  }

  /* The toolbar: one row at every width; what has no room is in the overflow menu. */
  .toolbar {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: 6px;
    min-width: 0;
    padding: 6px 8px;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .toolbar ag-search {
    flex: 1 1 120px;
    min-width: 72px;
    max-width: 320px;
  }
  /* A small box: the export menu's button keeps its icon only. */
  @container article-graph (max-width: 479px) {
    ag-export-menu::part(label) {
      display: none;
    }
  }
  .toolbar button {
    min-width: 32px;
    white-space: nowrap;
    flex: none;
  }
  .actions {
    display: flex;
    align-items: center;
    gap: 4px;
    flex: 1 1 auto;
    min-width: 0;
  }
  .overflow {
    position: relative;
    margin-left: auto;
  }
  .overflow-menu {
    position: absolute;
    right: 0;
    top: calc(100% + 4px);
    z-index: 20;
    display: grid;
    min-width: 200px;
    max-height: min(70vh, 420px);
    overflow: auto;
    padding: 4px;
  }
  .overflow-menu[hidden] {
    display: none;
  }
  .overflow-menu button {
    width: 100%;
    text-align: left;
    border: none;
    background: none;
    border-radius: 4px;
  }
  .overflow-menu button:hover,
  .overflow-menu button:focus-visible {
    background: var(--_surface-hover);
  }
  .overflow-menu [aria-checked='true']::before {
    content: '✓ ';
  }
  .overflow-menu [role='group'] {
    display: grid;
    border-top: 1px solid var(--_border);
    margin-top: 4px;
    padding-top: 4px;
  }
  .menu-heading {
    padding: 2px 10px;
    font-size: 12.8px;
    color: var(--_muted);
  }
  ${priorities()}
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    min-height: 32px;
    max-width: 176px;
    padding: 2px 6px;
  }

  .body {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr auto;
    min-height: 0;
  }
  .panel {
    width: var(--_panel-width);
    min-height: 0;
    overflow: auto;
    padding: 0 12px 12px;
    background: var(--_bg);
  }
  .panel[hidden] {
    display: none;
  }
  .legend {
    border-right: 1px solid var(--_border);
  }
  .details {
    border-left: 1px solid var(--_border);
  }
  .reader {
    width: var(--ag-reader-width, 400px);
    border-right: 1px solid var(--_border);
  }
  .panel-head {
    display: flex;
    justify-content: flex-end;
    position: sticky;
    top: 0;
    z-index: 1;
    padding-top: 6px;
    margin-bottom: -38px;
    pointer-events: none;
  }
  .panel-close {
    pointer-events: auto;
    min-height: 28px;
    min-width: 28px;
    padding: 0 6px;
    background: var(--_bg);
  }
  .stage ag-story {
    position: absolute;
    left: 12px;
    right: 12px;
    bottom: 12px;
    max-width: 640px;
    margin: 0 auto;
    z-index: 5;
  }
  /* Fixed columns, so the stage keeps the middle one whichever panels are hidden (the \`panels\` attribute). */
  .legend,
  .reader {
    grid-column: 1;
    grid-row: 1;
  }
  .details {
    grid-column: 3;
    grid-row: 1;
  }
  .stage {
    grid-column: 2;
    grid-row: 1;
    position: relative;
    min-width: 0;
    min-height: 0;
    overflow: hidden;
  }
  .cy {
    position: absolute;
    inset: 0;
  }
  .cy:focus-visible {
    /* Inside the box: the stage clips anything drawn outside it. */
    outline-offset: -3px;
  }
  .layout-progress {
    position: absolute;
    top: 10px;
    left: 50%;
    transform: translateX(-50%);
    font-size: 13.6px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 3px 12px;
    pointer-events: none;
  }
  .overlay {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 24px;
    pointer-events: none;
  }
  .overlay > div {
    ${CARD}
    pointer-events: auto;
    max-width: 560px;
    max-height: 100%;
    overflow: auto;
    padding: 14px 18px;
  }
  .error > div {
    border-color: #dc2626;
  }
  .error h2 {
    margin: 0 0 6px;
    font-size: 16px;
    color: var(--_text);
    text-transform: none;
    letter-spacing: 0;
  }
  .error ul {
    margin: 6px 0;
    padding-left: 18px;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 13.6px;
  }
  .loading {
    color: var(--_muted);
  }
  /* What a loaded graph held that was ignored: one line at the foot of the stage, over nothing chosen. */
  .notice {
    position: absolute;
    left: 8px;
    right: 8px;
    bottom: 8px;
    display: flex;
    align-items: flex-start;
    gap: 6px;
    max-height: 50%;
    overflow: auto;
    padding: 4px 4px 4px 10px;
    font-size: 13px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid #d97706;
    border-radius: 6px;
  }
  .notice details {
    flex: 1;
    min-width: 0;
  }
  .notice summary {
    cursor: pointer;
    padding: 3px 0;
  }
  .notice ul {
    margin: 4px 0;
    padding-left: 18px;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 12.5px;
    overflow-wrap: anywhere;
  }
  .notice button {
    flex: none;
  }
  .gesture-hint {
    position: absolute;
    inset: 0;
    z-index: 12;
    display: grid;
    place-items: center;
    padding: 20px;
    text-align: center;
    font-size: 16px;
    font-weight: 600;
    color: #ffffff;
    background: rgb(17 24 39 / 0.55);
    pointer-events: none;
  }
  .focus-bar {
    position: absolute;
    top: 8px;
    left: 50%;
    transform: translateX(-50%);
    display: flex;
    align-items: center;
    gap: 4px;
    max-width: calc(100% - 16px);
    padding: 3px 4px 3px 10px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 13.6px;
    white-space: nowrap;
  }
  .focus-bar .focus-label {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .focus-bar button {
    min-height: 28px;
    padding: 2px 8px;
  }
  /* A small box: the focus bar's buttons say only how many hops. */
  @container article-graph (max-width: 479px) {
    .focus-bar .unit {
      display: none;
    }
  }

  /* Narrow boxes: panels are sheets over the graph, from the bottom of a tall box, from the side of a wide one. */
  @container article-graph (max-width: 959px) {
    .body {
      grid-template-columns: 1fr;
    }
    .stage,
    .panel {
      grid-column: 1;
      grid-row: 1;
    }
    .panel {
      position: absolute;
      z-index: 10;
      box-shadow: 0 0 24px rgb(0 0 0 / 0.25);
      border: none;
      top: 0;
      bottom: 0;
      right: 0;
      left: auto;
      width: min(var(--_panel-width), 58%);
      border-left: 1px solid var(--_border);
    }
    .reader {
      width: min(var(--ag-reader-width, 400px), 58%);
    }
    .stage ag-story {
      left: 6px;
      right: 6px;
      bottom: 6px;
    }
  }
  @container article-graph (max-width: 959px) and (orientation: portrait) {
    .panel,
    .reader {
      top: auto;
      left: 0;
      width: auto;
      height: 52%;
      border-left: none;
      border-top: 1px solid var(--_border);
      border-radius: 12px 12px 0 0;
    }
  }
`;

/**
 * The container queries that put an action in the toolbar's row from the width its priority allows
 * (see PRIORITY_WIDTHS), take it out of the overflow menu there, and hide the menu's button once
 * everything it held has room in the row.
 */
function priorities() {
  return unsafeCSS(
    Object.entries(PRIORITY_WIDTHS)
      .filter(([priority]) => priority !== '0')
      .map(
        ([priority, width]) => `.actions > [data-priority='${priority}'] { display: none; }
  @container article-graph (min-width: ${width}px) {
    .actions > [data-priority='${priority}'] { display: revert; }
    .overflow-menu [data-priority='${priority}'] { display: none; }
    .overflow[data-priority-up-to='${priority}'] { display: none; }
  }`,
      )
      .join('\n'),
  );
}
