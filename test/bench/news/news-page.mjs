/**
 * The news page of the page-cost measure: the article the dataset was made from, as a news site
 * would publish it on a phone (a masthead, the headline, the text, related links, a footer), with or
 * without a graph embedded in it. The embed is either right under the headline (in view at load) or
 * after the article's text (below the fold: about three screens down on a phone).
 */
import { readFileSync } from 'node:fs';

/** The article's paragraphs, from graph-data/article.txt (its first lines are the title and credits). */
export function articleParagraphs(root) {
  const text = readFileSync(`${root}/graph-data/article.txt`, 'utf8');
  const blocks = text.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
  return { title: blocks[0], paragraphs: blocks.slice(2).filter((block) => block.length > 80) };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The CSS the README asks a page to add, so that the element's box is reserved before it is defined. */
export const RESERVE_BOX_CSS = `
:where(article-graph:not(:defined)) { display: block; box-sizing: border-box; width: 100%; aspect-ratio: 3 / 2; }
@media (max-width: 600px) { :where(article-graph:not(:defined)) { aspect-ratio: 4 / 5; } }
@media (min-width: 1100px) { :where(article-graph:not(:defined)) { aspect-ratio: 16 / 9; } }`;

const PAGE_CSS = `
body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #111; background: #fff; }
.masthead { font: 700 20px/1 system-ui, sans-serif; padding: 14px 16px; border-bottom: 1px solid #ddd; }
article { max-width: 680px; margin: 0 auto; padding: 0 16px 32px; }
.kicker { font: 600 13px/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; color: #a11; margin: 18px 0 6px; }
h1 { font: 700 26px/1.2 system-ui, sans-serif; margin: 0 0 10px; }
.byline { font: 14px/1.4 system-ui, sans-serif; color: #555; margin: 0 0 18px; }
figure { margin: 20px 0; }
figcaption { font: 14px/1.4 system-ui, sans-serif; color: #555; margin-top: 6px; }
.related { border-top: 1px solid #ddd; margin-top: 28px; padding-top: 8px; font: 16px/1.4 system-ui, sans-serif; }
.related li { margin: 10px 0; }
footer { font: 13px/1.4 system-ui, sans-serif; color: #666; padding: 24px 16px 64px; border-top: 1px solid #ddd; }
#bare-graph { display: block; box-sizing: border-box; width: 100%; aspect-ratio: 3 / 2; border: 1px solid #d1d5db; border-radius: 8px; overflow: hidden; position: relative; }
@media (max-width: 600px) { #bare-graph { aspect-ratio: 4 / 5; } }
@media (min-width: 1100px) { #bare-graph { aspect-ratio: 16 / 9; } }
${RESERVE_BOX_CSS}`;

/**
 * One page: `embed` is `none`, `component` (the one-file bundle and its tag, as the README says),
 * `cytoscape` or `sigma` (bare/news/*.ts, which fetch the dataset); `where` is `top` or `below`.
 */
export function newsPage({ root, embed, where }) {
  const { title, paragraphs } = articleParagraphs(root);
  const script = {
    none: '',
    component: '<script type="module" src="/dist/article-graph.js"></script>',
    cytoscape: '<script type="module" src="/assets/bare-cytoscape.js"></script>',
    sigma: '<script type="module" src="/assets/bare-sigma.js"></script>',
  }[embed];
  const box =
    embed === 'component'
      ? '<article-graph></article-graph>'
      : embed === 'none'
        ? ''
        : '<div id="bare-graph" data-src="/graph-data/article-graph.json"></div>';
  const figure = box ? `<figure>${box}<figcaption>Who supplies whom, through whom, and who says so.</figcaption></figure>` : '';
  const text = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${PAGE_CSS}</style>
${script}
</head>
<body>
<div class="masthead">The Daily Example</div>
<article>
<p class="kicker">Politics</p>
<h1>${escape(title)}</h1>
<p class="byline">ICARO Media Group · 2 November 2023</p>
${where === 'top' ? figure : ''}
${text}
${where === 'below' ? figure : ''}
<ul class="related">
<li>Hezbollah leader to speak on Friday, officials watch for signs of escalation</li>
<li>What the Pantsir air-defence system is, and who has it</li>
<li>Wagner after Prigozhin: who controls the group's assets</li>
<li>US carriers in the eastern Mediterranean: the deterrence explained</li>
</ul>
</article>
<footer>The Daily Example · An example page for measuring what an embed costs.</footer>
</body>
</html>`;
}
