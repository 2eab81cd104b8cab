import { css } from 'lit';

export const agDetailsStyles = css`
  :host {
    display: block;
    font-size: 14.4px;
    line-height: 1.45;
  }
  h3 {
    font-size: 18.4px;
    margin: 4px 0 2px;
    overflow-wrap: anywhere;
  }
  .kind {
    color: var(--_muted);
    font-size: 12.8px;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  p {
    margin: 6px 0;
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 10px;
    margin: 8px 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.statement {
    border-top: 1px solid var(--_border);
    padding: 8px 0;
  }
  blockquote {
    margin: 6px 0 0;
    padding: 4px 0 4px 10px;
    border-left: 3px solid var(--_accent);
    color: var(--_text);
    font-style: italic;
    overflow-wrap: anywhere;
  }
  .cite {
    display: block;
    font-style: normal;
    font-size: 12px;
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    font-size: 12px;
    padding: 0 6px;
    margin-left: 4px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    color: var(--_muted);
    font-weight: 400;
    vertical-align: 1px;
  }
  .hint {
    color: var(--_muted);
  }
  .item {
    font: inherit;
    padding: 0;
    min-height: 0;
    border: none;
    background: none;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
`;
