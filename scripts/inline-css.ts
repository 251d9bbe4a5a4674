/**
 * `postbuild`, after strip-runtime: puts the stylesheet into each page as a <style> element in place of
 * its <link rel="stylesheet">, then deletes the .css files no page links any more.
 *
 * Why. A linked stylesheet is render-blocking: the browser paints no text until a second request has
 * come back. Inline, a first visit needs only the HTML (the whole stylesheet fits in a few KB of gzip;
 * tests/e2e/budgets.spec.ts holds it there). The CSP allows the <style> by its hash, which
 * scripts/deploy/ computes from the pages this step writes.
 *
 * How: the same source-offset editing as strip-runtime (each link's range is replaced, every other byte
 * stays as written), and the same rule: markup it does not expect fails the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { applyEdits, readPage, removeEmptyFolders, StripError, type Edit } from './strip-runtime.ts';

/** Next's stylesheet URLs; the only stylesheets the pages link. */
const NEXT_STYLESHEET = /^\/_next\/static\/[^"?#]+\.css$/;

/** Reads a stylesheet's text by its URL path. */
export type ReadStylesheet = (href: string) => string;

/** One page with its stylesheet links replaced by <style>; pure apart from `read`, so it is unit-tested. */
export function inlineStylesheets(html: string, file: string, read: ReadStylesheet): { html: string; hrefs: string[] } {
  const page = readPage(html, file);
  const links = page.elements.filter((element) => element.name === 'link' && element.attrs.get('rel') === 'stylesheet');
  if (links.length === 0) throw new StripError(`${file}: no <link rel="stylesheet"> to inline`);
  const edits: Edit[] = links.map((link) => {
    const href = link.attrs.get('href') ?? '';
    if (!NEXT_STYLESHEET.test(href)) throw new StripError(`${file}: unexpected stylesheet ${href}`);
    if (link.attrs.has('media')) throw new StripError(`${file}: stylesheet ${href} has a media attribute`);
    const css = read(href);
    // The CSS becomes raw text of <style>: "</style" inside it would end the element early.
    if (/<\/style/i.test(css)) throw new StripError(`${href} contains "</style"`);
    return { start: link.start, end: link.end, text: `<style>${css}</style>` };
  });
  return { html: applyEdits(html, edits), hrefs: links.map((link) => link.attrs.get('href') ?? '') };
}

function htmlFiles(out: string): string[] {
  return fs
    .readdirSync(out, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Inlines the stylesheets of every page in `out`, one page at a time so memory stays flat at any corpus
 * size (holding every page until all had passed grew with the corpus); returns a summary.
 * A failure part-way leaves no half-done site: postbuild removes out/ on any error.
 */
export function inlineExport(out: string): string {
  const cache = new Map<string, string>();
  const read: ReadStylesheet = (href) => {
    const css = cache.get(href) ?? fs.readFileSync(path.join(out, ...href.split('/')), 'utf8');
    cache.set(href, css);
    return css;
  };
  const pages = htmlFiles(out);
  for (const file of pages) {
    const { html } = inlineStylesheets(fs.readFileSync(file, 'utf8'), path.relative(process.cwd(), file), read);
    fs.writeFileSync(file, html);
  }
  // Every page now carries its CSS; the files would only be downloaded by someone asking for them by name.
  for (const href of cache.keys()) fs.rmSync(path.join(out, ...href.split('/')));
  removeEmptyFolders(path.join(out, '_next'));
  const sizes = [...cache.values()].map((css) => `${(css.length / 1024).toFixed(1)} KB`).join(', ');
  return `inlined ${cache.size} stylesheet(s) (${sizes}) into ${pages.length} pages`;
}
