import { css } from 'lit';

export const agStoryStyles = css`
  :host {
    display: block;
    font-size: 13.6px;
  }
  .bar {
    display: grid;
    gap: 6px;
    padding: 8px 10px;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .controls button {
    min-width: 36px;
  }
  .scrub {
    display: flex;
    align-items: center;
    gap: 8px;
    flex: 1 1 110px;
    min-width: 0;
    white-space: nowrap;
  }
  input[type='range'] {
    flex: 1 1 auto;
    min-width: 50px;
    accent-color: var(--_accent);
  }
  .position {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .news {
    color: var(--_muted);
    margin: 0;
  }
  .news strong {
    color: var(--_text);
  }
  .text {
    margin: 0;
    max-height: 6.2em;
    overflow: auto;
    line-height: 1.45;
    font-size: 14.4px;
    border-left: 3px solid var(--_accent);
    padding-left: 8px;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
`;
