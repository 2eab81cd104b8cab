// What a framework does: create the element and set its `graph` property before the bundle defines it.
const request = new XMLHttpRequest();
request.open('GET', 'fixtures/small-article.json', false); // synchronous, so the property is set before the bundle runs
request.send();
const early = document.createElement('article-graph');
early.id = 'early';
early.graph = JSON.parse(request.responseText);
early.setAttribute('theme', 'light');
document.addEventListener('DOMContentLoaded', () => document.body.append(early));
window.earlyDefinedAtCreation = customElements.get('article-graph') !== undefined;
