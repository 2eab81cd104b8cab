import { css, unsafeCSS } from 'lit';
import { DARK_TOKENS, LIGHT_TOKENS } from '../shared/theme.styles';

/** The editor's own tokens besides the shared theme. */
const EDITOR_LIGHT = unsafeCSS(`
    --_on-accent: #ffffff;
    --_error: #b91c1c;
    --_error-soft: #fef2f2;
`);
const EDITOR_DARK = unsafeCSS(`
    --_on-accent: #111827;
    --_error: #fca5a5;
    --_error-soft: #3b1111;
`);

/**
 * Wide: the text, the work (forms and lists) and the preview side by side, each scrolling on its own.
 * Narrower: the text and the work side by side above the preview. Narrowest (phones): one column,
 * text above, graph below, and an open form docked at the bottom of the screen.
 */
export const agEditorStyles = css`
  :host {
    ${LIGHT_TOKENS}
    ${EDITOR_LIGHT}
    display: block;
    container: editor / inline-size;
    height: 100%;
    min-height: 480px;
    color: var(--_text);
    background: var(--_bg);
    font: normal 400 15px / 1.45 var(--_font);
    text-align: left;
    border: 1px solid var(--_border);
    border-radius: var(--ag-radius, 8px);
    overflow: hidden;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${DARK_TOKENS}
    ${EDITOR_DARK}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']),
    :host(:not([theme])) {
      ${DARK_TOKENS}
      ${EDITOR_DARK}
    }
  }

  .editor {
    display: grid;
    grid-template-rows: auto auto 1fr;
    height: 100%;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 14px;
    padding: 8px 12px;
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
    position: relative;
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .spacer {
    flex: 1;
  }
  .label {
    font-weight: 600;
  }
  select,
  input,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 5px 8px;
    min-height: 32px;
  }
  #draft {
    max-width: 16em;
  }
  .rename {
    display: flex;
    gap: 6px;
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  button.danger {
    border-color: var(--_error);
    color: var(--_error);
    font-weight: 600;
  }
  button.small {
    min-height: 24px;
    padding: 0 7px;
  }
  .status {
    font-size: 13px;
    color: var(--_muted);
  }
  .status.error,
  .problem-count {
    color: var(--_error);
    font-weight: 600;
  }
  .embed {
    position: absolute;
    top: calc(100% + 4px);
    right: 12px;
    z-index: 5;
    width: min(560px, calc(100% - 24px));
    padding: 12px;
    display: grid;
    gap: 8px;
  }
  .embed p {
    margin: 0;
  }
  .embed textarea {
    width: 100%;
    font-family: ui-monospace, monospace;
    font-size: 13px;
  }
  .notice {
    margin: 8px 12px 0;
    padding: 8px 12px;
    border: 1px solid var(--_error);
    background: var(--_error-soft);
    border-radius: 6px;
  }
  .notice p {
    margin: 0 0 6px;
    font-weight: 600;
  }
  .notice ul {
    margin: 0 0 6px;
    padding-left: 1.2em;
    font-size: 14px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
  .hint {
    color: var(--_muted);
    font-size: 14px;
    margin: 4px 0;
  }

  .body {
    display: grid;
    grid-template-columns: minmax(0, 1.15fr) minmax(320px, 0.85fr) minmax(0, 1.2fr);
    min-height: 0;
  }
  .body > section {
    min-height: 0;
    overflow: auto;
    padding: 12px 16px 24px;
  }
  .work {
    border-inline: 1px solid var(--_border);
    background: var(--_surface);
    display: grid;
    align-content: start;
    gap: 12px;
  }
  .preview {
    display: grid;
    grid-template-rows: auto 1fr;
    gap: 8px;
  }
  .preview-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
  }
  .preview-head h2,
  .list h2 {
    margin: 0;
  }
  article-graph {
    height: 100%;
    min-height: 360px;
  }

  /* The text */
  .article-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: 12px;
  }
  .title {
    font-size: 20px;
    text-transform: none;
    letter-spacing: normal;
    color: var(--_text);
    margin: 0;
    line-height: 1.25;
  }
  .meta {
    color: var(--_muted);
    font-size: 13px;
    margin: 4px 0 0;
  }
  .selection-bar {
    position: sticky;
    top: -12px;
    z-index: 2;
    margin: 12px -16px 8px;
    padding: 8px 16px;
    background: var(--_bg);
    border-block: 1px solid var(--_border);
    display: grid;
    gap: 6px;
  }
  /* The bar keeps its height whatever is selected, so that the text does not move under the pointer. */
  .selected,
  .selection-bar > .hint {
    margin: 0;
    min-height: 3em;
    line-height: 1.5;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .across {
    font-weight: 600;
    color: var(--_muted);
  }
  .selected q {
    background: var(--_accent-soft);
    font-weight: 600;
  }
  .sentence-id {
    font-family: ui-monospace, monospace;
    font-size: 12px;
    color: var(--_muted);
  }
  .text {
    font-size: 16.5px;
    line-height: 1.7;
    max-width: 42em;
  }
  .paragraph {
    margin: 0 0 1em;
  }
  .sentence {
    border-radius: 3px;
  }
  .sentence:focus-visible {
    outline-offset: 1px;
  }
  .sentence.evidence {
    text-decoration: underline dotted var(--_muted);
    text-underline-offset: 4px;
  }
  .mention {
    box-shadow: inset 0 -0.45em 0 color-mix(in srgb, var(--_entity) 28%, transparent);
    border-bottom: 2px solid var(--_entity);
  }
  .mention.focused {
    background: color-mix(in srgb, var(--_entity) 30%, transparent);
  }
  mark.quote {
    background: var(--_mark);
    color: inherit;
  }

  /* The article form */
  .article-form {
    display: grid;
    gap: 10px;
    max-width: 42em;
  }
  .article-form h2 {
    margin: 0;
  }
  .field {
    display: grid;
    gap: 4px;
  }
  .field label {
    font-weight: 600;
    font-size: 14px;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 10px;
  }
  .article-form textarea {
    font-size: 15px;
    line-height: 1.5;
    resize: vertical;
  }

  /* The lists */
  .list ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list > ul {
    display: grid;
    gap: 8px;
    margin-top: 8px;
  }
  .count {
    font-weight: 400;
    color: var(--_muted);
  }
  .item {
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
  }
  .item.focused {
    border-color: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  .item.has-problems {
    border-color: var(--_error);
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: baseline;
  }
  .item .meta,
  .description,
  .aliases {
    margin: 2px 0;
    font-size: 13px;
    color: var(--_muted);
  }
  .description {
    color: var(--_text);
  }
  .quotes li {
    display: flex;
    gap: 6px;
    align-items: baseline;
    font-size: 14px;
    margin: 4px 0;
  }
  .sentence-link {
    font-family: ui-monospace, monospace;
    font-size: 12px;
    font-weight: 400;
    color: var(--_link);
    flex: none;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 6px;
  }
  .item-actions button {
    min-height: 28px;
    font-size: 13px;
    padding: 2px 8px;
  }
  .problems {
    color: var(--_error);
    font-size: 13px;
    margin: 4px 0;
    padding-left: 1.2em !important;
    list-style: disc !important;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 6px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    padding: 1px 2px 1px 1px;
  }
  .chip .suggestion {
    border: none;
    border-radius: 999px;
    min-height: 28px;
    font-weight: 600;
    background: transparent;
  }
  .chip .kind {
    font-size: 12px;
    color: var(--_muted);
  }
  .chip .small {
    border: none;
    background: transparent;
    border-radius: 999px;
  }

  @container editor (max-width: 1100px) {
    .body {
      grid-template-columns: minmax(0, 1fr) minmax(300px, 0.8fr);
      grid-template-rows: minmax(0, 1fr) minmax(420px, 55cqh);
      overflow: auto;
    }
    .preview {
      grid-column: 1 / -1;
      border-top: 1px solid var(--_border);
    }
    .work {
      border-inline-end: none;
    }
  }
  @container editor (max-width: 720px) {
    .body {
      display: block;
      overflow: auto;
    }
    .body > section {
      overflow: visible;
      padding: 12px;
    }
    .work {
      border-inline: none;
      border-block: 1px solid var(--_border);
    }
    .selection-bar {
      top: 0;
      margin-inline: -12px;
      padding-inline: 12px;
    }
    .row {
      grid-template-columns: 1fr;
    }
    article-graph {
      height: 70vh;
    }
    /* An open form docks at the bottom of the screen, beside the words it is about. */
    .form-area {
      position: fixed;
      inset: auto 0 0 0;
      z-index: 10;
      max-height: 70vh;
      overflow: auto;
      box-shadow: 0 -6px 24px rgb(0 0 0 / 0.25);
    }
    /* One row that scrolls sideways, as app bars on phones do, rather than four rows over the text. */
    .toolbar,
    .toolbar .group {
      flex-wrap: nowrap;
    }
    .toolbar {
      gap: 6px 8px;
      overflow-x: auto;
      scrollbar-width: thin;
    }
    .toolbar button {
      flex: none;
    }
    #draft {
      max-width: 9em;
    }
  }
`;
