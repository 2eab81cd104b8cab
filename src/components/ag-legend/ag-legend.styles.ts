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
  label {
    display: grid;
    grid-template-columns: auto 26px 1fr auto;
    align-items: center;
    gap: 6px;
    padding: 3px 4px;
    border-radius: 4px;
    cursor: pointer;
  }
  label:hover {
    background: var(--_surface-hover);
  }
  input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .off {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .certainty {
    display: grid;
    grid-template-columns: 26px 1fr;
    gap: 6px;
    align-items: center;
    padding: 3px 4px 3px 27px;
  }
  svg {
    display: block;
  }
  label.family {
    grid-template-columns: auto 1fr;
    margin-top: 6px;
    font-weight: 600;
  }
  ul.in-family {
    padding-left: 14px;
  }
  .actions {
    display: flex;
    gap: 6px;
    margin-top: 4px;
  }
  .actions button {
    min-height: 26px;
    padding: 2px 8px;
    font-size: 12.8px;
  }
`;
