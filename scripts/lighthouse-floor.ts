/**
 * The plain-HTML floor for `npm run lighthouse`: the document page's text as a one-file page with no
 * stylesheet, no script and nothing else, so its timings are the least any page of that text can take.
 * It keeps what Lighthouse's other categories ask of any page (lang, title, description, viewport, an
 * icon, one <main> and the headings in order), so all four scores compare too.
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);

function elements(parent: DefaultTreeAdapterTypes.ParentNode): Element[] {
  return parent.childNodes.filter(defaultTreeAdapter.isElementNode).flatMap((node) => [node, ...elements(node)]);
}

function textOf(node: DefaultTreeAdapterTypes.ParentNode): string {
  return node.childNodes
    .map((child) => (defaultTreeAdapter.isTextNode(child) ? child.value : 'childNodes' in child ? textOf(child) : ''))
    .join('');
}

const attr = (element: Element | undefined, name: string): string =>
  element?.attrs.find((a) => a.name === name)?.value ?? '';
const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The floor page for a built document page's HTML. */
export function floorPage(html: string): string {
  const all = elements(parse(html));
  const body = all.find((element) => attr(element, 'class').split(' ').includes('doc-body'));
  if (!body) throw new Error('no .doc-body in the document page');
  const blocks = elements(body)
    .filter((element) => BLOCKS.has(element.tagName))
    .map((element) => `<${element.tagName}>${escape(textOf(element))}</${element.tagName}>`);
  const title = textOf(all.find((element) => element.tagName === 'title') ?? body);
  const description = attr(
    all.find((element) => element.tagName === 'meta' && attr(element, 'name') === 'description'),
    'content',
  );
  const lang = attr(
    all.find((element) => element.tagName === 'html'),
    'lang',
  );
  return (
    `<!DOCTYPE html><html lang="${escape(lang)}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    // The site's icon, as the pages link it: without one the browser asks for /favicon.ico and logs a 404.
    '<link rel="icon" href="/icon.svg" type="image/svg+xml">' +
    `<title>${escape(title)}</title><meta name="description" content="${escape(description)}"></head>` +
    `<body><main>${blocks.join('')}</main></body></html>\n`
  );
}
