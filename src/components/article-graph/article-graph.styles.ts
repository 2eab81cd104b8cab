import { css, unsafeCSS } from 'lit';
import { CARD } from '../shared/shared.styles';

/** The dark palette, for `theme="dark"` and for `auto` when the reader's system is dark. */
const darkTokens = unsafeCSS(`
    --_bg: var(--ag-background, #111827);
    --_surface: var(--ag-surface, #1f2937);
    --_surface-hover: var(--ag-surface-hover, #273449);
    --_border: var(--ag-border, #4b5563);
    --_text: var(--ag-text, #f3f4f6);
    --_muted: var(--ag-muted, #cbd5e1);
    --_accent: var(--ag-accent, #fbbf24);
    --_accent-soft: var(--ag-accent-soft, #4a3b12);
    --_focus: var(--ag-focus, #93c5fd);
    --_link: var(--ag-link, #93c5fd);
    --_mark: var(--ag-mark, #854d0e);
`);

/**
 * Theme tokens are public custom properties (`--ag-*`) resolved into private ones (`--_*`) per theme,
 * so a page can override any of them and the light/dark defaults still apply to the rest.
 */
export const articleGraphStyles = css`
  :host {
    --_bg: var(--ag-background, #ffffff);
    --_surface: var(--ag-surface, #f9fafb);
    --_surface-hover: var(--ag-surface-hover, #f1f5f9);
    --_border: var(--ag-border, #d1d5db);
    --_text: var(--ag-text, #1f2937);
    --_muted: var(--ag-muted, #4b5563);
    --_accent: var(--ag-accent, #b45309);
    --_accent-soft: var(--ag-accent-soft, #fef3c7);
    --_focus: var(--ag-focus, #2563eb);
    --_link: var(--ag-link, #1d4ed8);
    --_mark: var(--ag-mark, #fde68a);
    --_font: var(--ag-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_panel-width: var(--ag-panel-width, 300px);

    display: block;
    position: relative;
    contain: content;
    container-type: size;
    container-name: article-graph;
    width: 100%;
    height: 600px;
    min-height: 320px;
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
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']),
    :host(:not([theme])) {
      ${darkTokens}
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
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 6px 8px;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }
  .toolbar ag-search {
    flex: 1 1 180px;
    max-width: 320px;
  }
  .group {
    display: flex;
    gap: 4px;
    align-items: center;
  }
  .toolbar .spacer {
    flex: 1 1 auto;
  }
  .toolbar button {
    min-width: 32px;
  }
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
    padding: 4px 12px 12px;
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
  .stage ag-story {
    position: absolute;
    left: 12px;
    right: 12px;
    bottom: 12px;
    max-width: 640px;
    margin: 0 auto;
    z-index: 5;
  }
  .panel-head {
    display: none;
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
  .status {
    position: absolute;
    left: 12px;
    bottom: 10px;
    font-size: 12.8px;
    color: var(--_muted);
    background: color-mix(in srgb, var(--_bg) 85%, transparent);
    padding: 2px 6px;
    border-radius: 4px;
    pointer-events: none;
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
  .focus-bar {
    position: absolute;
    top: 8px;
    left: 50%;
    transform: translateX(-50%);
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 4px 6px 4px 12px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 13.6px;
    white-space: nowrap;
  }

  /* Narrow boxes: the panels become drawers over the graph. */
  @container article-graph (max-width: 959px) {
    .body {
      grid-template-columns: 1fr;
    }
    .stage,
    .panel {
      grid-column: auto;
    }
    .panel {
      position: absolute;
      top: 0;
      bottom: 0;
      z-index: 10;
      width: min(var(--_panel-width), 88%);
      box-shadow: 0 0 24px rgb(0 0 0 / 0.25);
    }
    .legend {
      left: 0;
    }
    .details {
      right: 0;
    }
    .reader {
      left: 0;
      width: min(var(--ag-reader-width, 400px), 92%);
    }
    .stage ag-story {
      left: 6px;
      right: 6px;
      bottom: 6px;
    }
    .panel-head {
      display: flex;
      justify-content: flex-end;
      position: sticky;
      /* The panel's own top padding: scrolled text must not show above the bar. */
      top: -4px;
      z-index: 1;
      padding-top: 6px;
      background: var(--_bg);
    }
    .toolbar .wide-only {
      display: none;
    }
  }
`;
