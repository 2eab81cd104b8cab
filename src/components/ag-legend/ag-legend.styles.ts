import { css } from 'lit';

export const agLegendStyles = css`
  :host {
    display: block;
    font-size: 14px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [role='treeitem'] {
    border-radius: 4px;
  }
  [role='treeitem']:focus-visible {
    outline-offset: -2px;
  }
  .row {
    display: grid;
    grid-template-columns: 16px 26px 1fr auto;
    align-items: center;
    gap: 6px;
    padding: 3px 4px;
    border-radius: 4px;
    cursor: pointer;
  }
  .row.lead {
    grid-template-columns: 14px 16px 26px 1fr auto;
  }
  [role='group'] .row.lead {
    padding-left: 18px;
  }
  .row:hover {
    background: var(--_surface-hover);
  }
  .family > .row {
    font-weight: 600;
  }
  .disclosure {
    color: var(--_muted);
    text-align: center;
    font-size: 12px;
  }
  .check {
    display: grid;
    place-items: center;
    width: 16px;
    height: 16px;
    border: 1.5px solid var(--_muted);
    border-radius: 3px;
    font-size: 12px;
    line-height: 1;
    color: var(--_bg);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  [aria-checked='false'] > .row .check {
    background: none;
    border-color: var(--_muted);
  }
  .off > .row .name {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  [role='group'] .row {
    font-weight: 400;
  }
  .swatch {
    display: block;
    justify-self: center;
  }
  .certainty {
    display: grid;
    grid-template-columns: 26px 1fr;
    gap: 6px;
    align-items: center;
    padding: 3px 4px 3px 28px;
  }
  .actions {
    display: flex;
    gap: 6px;
    margin-top: 6px;
  }
  .actions button {
    min-height: 26px;
    padding: 2px 8px;
    font-size: 12.8px;
  }
`;
