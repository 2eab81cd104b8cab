import { css } from 'lit';

export const agSearchStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 0;
  }
  input {
    font: inherit;
    width: 100%;
    min-height: 32px;
    padding: 4px 10px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  ul {
    position: absolute;
    z-index: 20;
    top: calc(100% + 4px);
    left: 0;
    right: 0;
    margin: 0;
    padding: 4px;
    list-style: none;
    max-height: 320px;
    overflow: auto;
  }
  li {
    padding: 6px 8px;
    border-radius: 4px;
    cursor: pointer;
  }
  li[aria-selected='true'],
  li:hover {
    background: var(--_accent-soft);
  }
  .alias {
    display: block;
    color: var(--_muted);
    font-size: 12.8px;
  }
  .none {
    color: var(--_muted);
    cursor: default;
  }
`;
