/**
 * `postbuild`: removes Next.js's browser runtime from the static export, so a page ships its HTML,
 * its CSS and our own small module script (app/_client/site.ts → /assets/site-<hash>.js) and nothing else.
 *
 * Why. Next.js stays the static HTML generator, but nothing on these pages needs React in the
 * browser: every component is a server component, and the two behaviours (reader, search) are
 * plain DOM modules. The runtime would cost download and main-thread time for nothing, and its inline
 * RSC payload repeats the whole document text inside the HTML (figures in the README's Performance section).
 *
 * What goes, from every out/**\/*.html: <script src="/_next/…"> (async chunks and the noModule
 * polyfill), <link rel="preload|modulepreload" href="/_next/…">, the inline Turbopack bootstrap
 * (<script id="_R_">) and the inline RSC payload scripts (self.__next_f). Then the RSC payload files
 * (out/**\/index.txt, out/**\/__next.*.txt), which only Next's client router fetches, and the
 * runtime's .js files under out/_next/, which nothing references any more. Last, out/404/ and
 * out/_not-found/, copies of 404.html that would be served with status 200.
 *
 * What stays: the stylesheet link, JSON-LD and JSON data blocks, our module script, and the home
 * page's inline script-preference script (recognised by its id).
 *
 * How. parse5 parses each page and reports where each element starts and ends in the source; each
 * <script> and <link> gets a decision, and the page becomes the original string with the removed
 * elements' ranges cut out. The tree is never serialised back, so every other byte stays as Next wrote
 * it, and a ">" inside an attribute value cannot make a tag look shorter than it is. A later transform
 * of the pages can be one more decider or one more list of edits.
 *
 * It fails loudly, rather than shipping a half-stripped page, when the markup is not what it
 * expects: a page without Next's runtime to remove, an inline script it does not recognise, or any
 * trace of the runtime left afterwards. A Next upgrade that changes its markup breaks the build here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes } from 'parse5';
import { SITE_LOADER_ID, SITE_SCRIPT_PATTERN, siteLoaderCode } from '../app/_components/SiteScript.tsx';
import { READER_DATA_ID } from '../lib/shared/reader-data.ts';

export class StripError extends Error {
  override name = 'StripError';
}

/** Throws the step's error for one page, with the hint that matters when Next's output changes. */
function fail(file: string, why: string): never {
  throw new StripError(
    `${file}: ${why}. Next's markup has changed? Check scripts/strip-runtime.ts against a fresh build.`,
  );
}

// Reading a page: every element the source spells out, with its place in the source.

/** An element as written in the page: lower-cased name, attribute values as parsed, and source offsets. */
export interface SourceElement {
  name: string;
  attrs: ReadonlyMap<string, string>;
  /** Where the element starts ("<") and ends (after its end tag, or after its start tag if it has none). */
  start: number;
  end: number;
  startTagEnd: number;
  /** Undefined when the source has no end tag: a void element such as <link>, or one left unclosed. */
  endTagStart: number | undefined;
}

export interface Page {
  /** The page's name in error messages. */
  file: string;
  html: string;
  /** In source order. */
  elements: SourceElement[];
}

export function readPage(html: string, file: string): Page {
  const elements: SourceElement[] = [];
  collectElements(parse(html, { sourceCodeLocationInfo: true }), elements);
  // Tree order can differ from source order where the parser moves content (e.g. out of a table).
  elements.sort((a, b) => a.start - b.start);
  return { file, html, elements };
}

function collectElements(parent: DefaultTreeAdapterTypes.ParentNode, into: SourceElement[]): void {
  for (const node of parent.childNodes) {
    if (!defaultTreeAdapter.isElementNode(node)) continue;
    const element = sourceElement(node);
    if (element) into.push(element);
    collectElements(node, into);
    if (isTemplate(node)) collectElements(defaultTreeAdapter.getTemplateContent(node), into);
  }
}

/** parse5 keeps a <template>'s children in a separate fragment, not among its child nodes. */
function isTemplate(node: DefaultTreeAdapterTypes.Element): node is DefaultTreeAdapterTypes.Template {
  return node.tagName === 'template' && 'content' in node;
}

function sourceElement(node: DefaultTreeAdapterTypes.Element): SourceElement | undefined {
  const location = node.sourceCodeLocation;
  // Elements the parser implies (an <html> or <tbody> the source does not write) have no place to edit.
  if (!location?.startTag) return undefined;
  return {
    name: node.tagName,
    attrs: new Map(node.attrs.map((attr) => [attr.name, attr.value])),
    start: location.startOffset,
    end: location.endOffset,
    startTagEnd: location.startTag.endOffset,
    endTagStart: location.endTag?.startOffset,
  };
}

/** The start tag exactly as written, for error messages. */
function startTag(page: Page, element: SourceElement): string {
  return page.html.slice(element.start, element.startTagEnd);
}

/** The raw text between start and end tag (a script's code, as written). */
function innerText(page: Page, element: SourceElement): string {
  return element.endTagStart === undefined ? '' : page.html.slice(element.startTagEnd, element.endTagStart);
}

// Editing a page: replace source ranges, keep every other byte.

/** Source range [start, end) becomes `text`; a removal has text ''. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The source with the edits applied; edits must not overlap. */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.start < at) throw new StripError(`overlapping edits at offset ${edit.start}`);
    parts.push(html.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/** Removes an element, after checking that the parser's offsets frame it in this very string. */
export function removal(page: Page, element: SourceElement): Edit {
  const source = page.html.slice(element.start, element.end);
  const opens = source.slice(0, element.name.length + 1).toLowerCase() === `<${element.name.toLowerCase()}`;
  if (!opens || !source.endsWith('>'))
    fail(page.file, `<${element.name}> at offset ${element.start} does not frame its source (${source.slice(0, 40)}…)`);
  return { start: element.start, end: element.end, text: '' };
}

// Deciding: each <script> and <link> is Next's (removed), ours or a data block (kept), or unknown (fails).

const REMOVED_KINDS = ['scripts', 'preloads', 'payloads', 'bootstraps'] as const;
type RemovedKind = (typeof REMOVED_KINDS)[number];
type KeptKind = 'stylesheet' | 'site-script' | 'data-block' | 'inline-script' | 'link';
type Decision = { remove: RemovedKind } | { keep: KeptKind };

/** The inline scripts we render ourselves and keep, by id (see app/(home)/page.tsx). */
const OUR_INLINE_SCRIPT_IDS = new Set(['script-preference']);
const RSC_PAYLOAD = /^\s*(\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)|self\.__next_f)\.push\(/;
const NEXT_STYLESHEET = /^\/_next\/static\/[^"]+\.css$/;

/** The loader SiteScript renders: an import() of /assets/site-<hash>.js and nothing else. */
function isSiteLoader(code: string): boolean {
  const src = /import\("([^"]+)"\)/.exec(code)?.[1];
  return src !== undefined && SITE_SCRIPT_PATTERN.test(src) && code === siteLoaderCode(src);
}

function decideScript(page: Page, script: SourceElement): Decision {
  if (script.endTagStart === undefined) fail(page.file, `no end tag for ${startTag(page, script)}`);
  const src = script.attrs.get('src');
  const type = script.attrs.get('type') ?? '';
  const id = script.attrs.get('id');
  const code = innerText(page, script);
  if (src !== undefined) {
    if (src.startsWith('/_next/')) return { remove: 'scripts' };
    if (type === 'module' && SITE_SCRIPT_PATTERN.test(src) && code.trim() === '') return { keep: 'site-script' };
    return fail(page.file, `unknown external script ${startTag(page, script)}`);
  }
  if (type === 'application/ld+json') return { keep: 'data-block' };
  if (type === 'application/json' && id === READER_DATA_ID) return { keep: 'data-block' };
  if (id === '_R_' && code.includes('TURBOPACK')) return { remove: 'bootstraps' };
  if (RSC_PAYLOAD.test(code)) return { remove: 'payloads' };
  if (type === '' && OUR_INLINE_SCRIPT_IDS.has(id ?? '')) return { keep: 'inline-script' };
  if (type === 'module' && id === SITE_LOADER_ID && isSiteLoader(code)) return { keep: 'site-script' };
  return fail(page.file, `unknown inline script ${startTag(page, script)}${code.slice(0, 60)}…`);
}

function decideLink(page: Page, link: SourceElement): Decision {
  const rel = link.attrs.get('rel') ?? '';
  const href = link.attrs.get('href') ?? '';
  if ((rel === 'preload' || rel === 'modulepreload') && href.startsWith('/_next/')) {
    if (rel === 'preload' && link.attrs.get('as') !== 'script')
      fail(page.file, `unexpected preload ${startTag(page, link)}`);
    return { remove: 'preloads' };
  }
  if (rel === 'stylesheet' && NEXT_STYLESHEET.test(href)) return { keep: 'stylesheet' };
  return { keep: 'link' };
}

const DECIDERS = new Map([
  ['script', decideScript],
  ['link', decideLink],
]);

/** The decision for every element a decider covers; other elements are left as they are. */
function decideAll(page: Page): Map<SourceElement, Decision> {
  const decisions = new Map<SourceElement, Decision>();
  for (const element of page.elements) {
    const decide = DECIDERS.get(element.name);
    if (decide) decisions.set(element, decide(page, element));
  }
  return decisions;
}

function countRemoved(decisions: Map<SourceElement, Decision>): Record<RemovedKind, number> {
  const removed = { scripts: 0, preloads: 0, payloads: 0, bootstraps: 0 };
  for (const decision of decisions.values()) if ('remove' in decision) removed[decision.remove]++;
  return removed;
}

const elementsKept = (decisions: Map<SourceElement, Decision>, kind: KeptKind): SourceElement[] =>
  [...decisions].flatMap(([element, decision]) => ('keep' in decision && decision.keep === kind ? [element] : []));

// Checking: the stripped page must have lost the runtime, and kept what it needs.

/** Fails unless the runtime was there to remove and no trace of it is left outside the stylesheet links. */
function checkRuntimeGone(page: Page, decisions: Map<SourceElement, Decision>, removals: Edit[]): void {
  const removed = countRemoved(decisions);
  if (removed.scripts === 0) fail(page.file, 'no <script src="/_next/…"> to remove');
  if (removed.payloads === 0) fail(page.file, 'no inline self.__next_f payload to remove');
  // The stylesheet links are the only place /_next/ may stay; a trace anywhere else means markup this step missed.
  const stylesheets = elementsKept(decisions, 'stylesheet').map((link) => removal(page, link));
  const rest = applyEdits(page.html, [...removals, ...stylesheets]);
  for (const trace of ['/_next/', '__next_f', 'TURBOPACK'])
    if (rest.includes(trace)) fail(page.file, `"${trace}" is still in the page after stripping`);
}

/** Fails unless the page keeps its stylesheet, and our script wherever there is something to enhance. */
function checkKept(page: Page, decisions: Map<SourceElement, Decision>): void {
  if (elementsKept(decisions, 'stylesheet').length === 0) fail(page.file, 'no stylesheet link');
  const isKept = (element: SourceElement) => {
    const decision = decisions.get(element);
    return decision === undefined || 'keep' in decision;
  };
  const enhanced = page.elements.some(
    (element) => isKept(element) && (element.attrs.has('data-search') || element.attrs.get('id') === READER_DATA_ID),
  );
  if (enhanced && elementsKept(decisions, 'site-script').length === 0)
    fail(page.file, 'has a search box or reader data but no /assets/site-<hash>.js');
}

export interface Stripped {
  html: string;
  /** What was removed, by kind. */
  removed: Record<RemovedKind, number>;
}

/** Removes Next's runtime from one page's HTML; `file` names the page in errors. Pure, so it is unit-tested. */
export function stripRuntime(html: string, file: string): Stripped {
  const page = readPage(html, file);
  const decisions = decideAll(page);
  const removals = [...decisions].flatMap(([element, decision]) =>
    'remove' in decision ? [removal(page, element)] : [],
  );
  checkRuntimeGone(page, decisions, removals);
  checkKept(page, decisions);
  return { html: applyEdits(html, removals), removed: countRemoved(decisions) };
}

// The export as a whole.

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Deletes folders left empty (deepest first), so out/ does not list a build id with nothing in it. */
export function removeEmptyFolders(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name));
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

/**
 * Strips and rewrites each page in turn, so memory stays flat at any corpus size (holding every page
 * until all had passed grew with the corpus: 22,000 pages at 1,000 documents). A failure part-way
 * leaves no half-stripped site: postbuild removes out/ on any error.
 */
function stripPages(out: string): string {
  const pages = filesUnder(out, (name) => name.endsWith('.html'));
  const total = { scripts: 0, preloads: 0, payloads: 0, bootstraps: 0 };
  let before = 0;
  let after = 0;
  for (const file of pages) {
    const html = fs.readFileSync(file, 'utf8');
    const result = stripRuntime(html, path.relative(process.cwd(), file));
    before += Buffer.byteLength(html);
    after += Buffer.byteLength(result.html);
    for (const key of REMOVED_KINDS) total[key] += result.removed[key];
    fs.writeFileSync(file, result.html);
  }
  return (
    `${pages.length} pages: removed ${total.scripts} runtime script tags, ${total.preloads} preloads, ${total.payloads} RSC payload scripts, ` +
    `${total.bootstraps} bootstraps (HTML ${(before / 1024 ** 2).toFixed(1)} → ${(after / 1024 ** 2).toFixed(1)} MB in all)`
  );
}

/** Deletes what only the runtime used, once no page refers to it; returns the summary of what went. */
function deleteRuntimeFiles(out: string): string {
  // RSC payload files: fetched only by Next's client router, which no page loads any more.
  const payloadFiles = filesUnder(out, (name) => name === 'index.txt' || /^__next\..*\.txt$/.test(name));
  if (payloadFiles.length === 0)
    throw new StripError("no RSC payload files (index.txt, __next.*.txt) found: Next's export has changed?");
  for (const file of payloadFiles) fs.rmSync(file);
  const nextDir = path.join(out, '_next');
  const runtimeFiles = fs.existsSync(nextDir) ? filesUnder(nextDir, (name) => name.endsWith('.js')) : [];
  for (const file of runtimeFiles) fs.rmSync(file);
  removeEmptyFolders(nextDir);
  // Next also writes the not-found page as /404/ and /_not-found/: copies of 404.html that a static
  // host would answer with status 200. The host serves 404.html itself for every unknown path.
  const notFoundCopies = ['404', '_not-found'].map((name) => path.join(out, name)).filter((dir) => fs.existsSync(dir));
  for (const dir of notFoundCopies) fs.rmSync(dir, { recursive: true });
  return `deleted ${payloadFiles.length} RSC payload files, ${runtimeFiles.length} runtime .js files and ${notFoundCopies.length} copies of 404.html`;
}

/** Strips every page of the export in `out` and deletes the runtime's files; returns the summary. */
export function stripExport(out: string): string {
  if (!fs.existsSync(path.join(out, 'index.html'))) throw new StripError('no out/index.html: run next build first');
  const pages = stripPages(out);
  const files = deleteRuntimeFiles(out);
  return `strip-runtime: ${pages}; ${files}`;
}

function main(): void {
  console.log(stripExport(path.join(process.cwd(), 'out')));
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  try {
    main();
  } catch (error) {
    // next build has already written out/; a site whose runtime could not be stripped is not the
    // site we publish, so remove it rather than leave it to be served or deployed.
    fs.rmSync(path.join(process.cwd(), 'out'), { recursive: true, force: true });
    console.error(error instanceof StripError ? `strip-runtime: ${error.message}\nout/ was removed.` : error);
    process.exit(1);
  }
}
