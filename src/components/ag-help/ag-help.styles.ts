import { css } from 'lit';

export const agHelpStyles = css`
  :host {
    position: absolute;
    inset: 0;
    z-index: 8;
    display: grid;
    place-items: center;
    background: rgb(0 0 0 / 0.35);
  }
  :host(:not([open])) {
    display: none;
  }
  .dialog {
    max-width: min(520px, calc(100% - 24px));
    max-height: calc(100% - 24px);
    overflow: auto;
    padding: 8px 20px 16px;
    --_card-bg: var(--_bg);
    color: var(--_text);
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 5px 6px;
    border-bottom: 1px solid var(--_border);
  }
  th {
    white-space: nowrap;
    font-weight: 400;
  }
  kbd {
    display: inline-block;
    min-width: 1.4em;
    padding: 0 5px;
    margin: 1px 2px 1px 0;
    font: inherit;
    font-size: 0.9em;
    text-align: center;
    border: 1px solid var(--_border);
    border-bottom-width: 2px;
    border-radius: 4px;
    background: var(--_surface);
  }
`;
