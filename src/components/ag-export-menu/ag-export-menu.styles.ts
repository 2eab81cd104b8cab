import { css } from 'lit';

export const agExportMenuStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    white-space: nowrap;
  }
  .icon {
    flex: none;
  }
  .panel {
    position: absolute;
    right: 0;
    top: calc(100% + 4px);
    z-index: 20;
    min-width: 250px;
    padding: 8px;
  }
  .panel[hidden] {
    display: none;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .choice {
    width: 100%;
    text-align: left;
    display: grid;
    gap: 1px;
  }
  .hint {
    color: var(--_muted);
    font-size: 12.8px;
  }
  .scales {
    display: flex;
    align-items: center;
    gap: 4px;
    margin: 0 0 8px;
    padding: 0;
    border: 0;
  }
  .scales legend {
    float: left;
    margin-right: 6px;
    color: var(--_muted);
    font-size: 13.6px;
  }
  .scales button {
    min-width: 38px;
  }
  .status {
    margin: 8px 0 0;
    font-size: 13.6px;
    color: var(--_muted);
    max-width: 250px;
  }
`;
