import { css } from 'lit';
import { CARD, VISUALLY_HIDDEN } from '../shared/shared.styles';

export const agStatementsStyles = css`
  :host {
    display: block;
  }
  :host(:not([open])) {
    ${VISUALLY_HIDDEN}
  }
  :host([open]) {
    --_card-bg: var(--_bg);
    ${CARD}
    position: absolute;
    inset: 8px;
    z-index: 6;
    overflow: auto;
    padding: 4px 16px 16px;
    color: var(--_text);
  }
  .head {
    display: flex;
    align-items: center;
    gap: 8px;
    position: sticky;
    top: -4px;
    background: var(--_bg);
    padding-top: 4px;
  }
  .head h2 {
    flex: 1;
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    padding: 6px 0;
    border-bottom: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  li button {
    display: block;
    width: 100%;
    text-align: left;
    font-weight: 600;
  }
  .arrow {
    color: var(--_muted);
  }
  blockquote {
    margin: 4px 0 0 12px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .isolated li {
    display: inline-block;
    border: none;
    margin-right: 6px;
  }
  .isolated li button {
    font-weight: 400;
  }
`;
