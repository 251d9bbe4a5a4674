/**
 * `postbuild`: removes Next.js's browser runtime from the static export, so a page ships its HTML,
 * its CSS and our own small module script (app/_client/site.ts → /assets/site-<hash>.js) and nothing else.
 *
 * Why. Next.js stays the static HTML generator, but nothing on these pages needs React in the
 * browser: every component is a server component, and the two behaviours (reader, search) are
 * plain DOM modules. Measured before this step (Lighthouse 12.2.3 mobile, 4× CPU slowdown, median
 * of 3): the runtime was ~136 KB gzip of JavaScript whose evaluation and hydration gave TBT 270–520 ms
 * and performance 85–93, and the inline RSC payload (self.__next_f.push) repeated the whole document
 * text inside the HTML: 9.7 of the document page's 16.2 KB gzip, against a 14 KB budget.
 * After this step the figures are those of the README's Performance section.
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
 * It fails loudly, rather than shipping a half-stripped page, when the markup is not what it
 * expects: a page without Next's runtime to remove, an inline script it does not recognise, or any
 * trace of the runtime left afterwards. A Next upgrade that changes its markup breaks the build here.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { SITE_SCRIPT_PATTERN } from '../app/_components/SiteScript.tsx';
import { READER_DATA_ID } from '../lib/shared/reader-data.ts';

export class StripError extends Error {
  override name = 'StripError';
}

const REMOVED_KINDS = ['scripts', 'preloads', 'payloads', 'bootstraps'] as const;

export interface Stripped {
  html: string;
  /** What was removed, by kind. */
  removed: Record<(typeof REMOVED_KINDS)[number], number>;
}

/** The inline scripts we render ourselves and keep, by id (see app/(home)/layout.tsx). */
const OUR_INLINE_SCRIPT_IDS = new Set(['script-preference']);

/** Attributes of a start tag's inside, names lower-cased ("noModule" → "nomodule"). */
function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const inside = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const match of inside.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = match[1];
    if (name) attrs.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

const RSC_PAYLOAD = /^\s*(\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)|self\.__next_f)\.push\(/;

/** Removes Next's runtime from one page's HTML; `file` names the page in errors. Pure, so it is unit-tested. */
export function stripRuntime(html: string, file: string): Stripped {
  const removed = { scripts: 0, preloads: 0, payloads: 0, bootstraps: 0 };
  const fail = (why: string): never => {
    throw new StripError(
      `${file}: ${why}. Next's markup has changed? Check scripts/strip-runtime.ts against a fresh build.`,
    );
  };

  let out = html.replace(/<script\b[^>]*>([\s\S]*?)<\/script>/gi, (whole, body: string) => {
    const openTag = /^<script\b[^>]*>/i.exec(whole)?.[0] ?? '';
    const attrs = attributes(openTag);
    const src = attrs.get('src');
    const type = attrs.get('type') ?? '';
    if (src !== undefined) {
      if (src.startsWith('/_next/')) {
        removed.scripts++;
        return '';
      }
      if (type === 'module' && SITE_SCRIPT_PATTERN.test(src) && body.trim() === '') return whole;
      return fail(`unknown external script ${openTag}`);
    }
    if (type === 'application/ld+json') return whole;
    if (type === 'application/json' && attrs.get('id') === READER_DATA_ID) return whole;
    if (attrs.get('id') === '_R_' && body.includes('TURBOPACK')) {
      removed.bootstraps++;
      return '';
    }
    if (RSC_PAYLOAD.test(body)) {
      removed.payloads++;
      return '';
    }
    if (type === '' && OUR_INLINE_SCRIPT_IDS.has(attrs.get('id') ?? '')) return whole;
    return fail(`unknown inline script ${openTag}${body.slice(0, 60)}…`);
  });

  out = out.replace(/<link\b[^>]*>/gi, (tag) => {
    const attrs = attributes(tag);
    const rel = attrs.get('rel') ?? '';
    if ((rel === 'preload' || rel === 'modulepreload') && (attrs.get('href') ?? '').startsWith('/_next/')) {
      if (rel === 'preload' && attrs.get('as') !== 'script') return fail(`unexpected preload ${tag}`);
      removed.preloads++;
      return '';
    }
    return tag;
  });

  if (removed.scripts === 0) fail('no <script src="/_next/…"> to remove');
  if (removed.payloads === 0) fail('no inline self.__next_f payload to remove');
  // Afterwards, the only mention of /_next/ may be the stylesheet link(s).
  const withoutCss = out.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi, (tag) =>
    /href="\/_next\/static\/[^"]+\.css"/.test(tag) ? '' : tag,
  );
  for (const trace of ['/_next/', '__next_f', 'TURBOPACK'])
    if (withoutCss.includes(trace)) fail(`"${trace}" is still in the page after stripping`);
  if (!/<link\b[^>]*\brel="stylesheet"[^>]*href="\/_next\/static\/[^"]+\.css"/i.test(out)) fail('no stylesheet link');
  // A page with something to enhance must load the script that enhances it.
  const enhanced = out.includes('data-search=') || out.includes(`id="${READER_DATA_ID}"`);
  const ours = [...out.matchAll(/<script type="module" src="([^"]+)"/g)].some((match) =>
    SITE_SCRIPT_PATTERN.test(match[1] ?? ''),
  );
  if (enhanced && !ours) fail('has a search box or reader data but no /assets/site-<hash>.js');
  return { html: out, removed };
}

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Deletes folders left empty (deepest first), so out/ does not list a build id with nothing in it. */
function removeEmptyFolders(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name));
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

function main(): void {
  const out = path.join(process.cwd(), 'out');
  if (!fs.existsSync(path.join(out, 'index.html'))) throw new StripError('no out/index.html: run next build first');
  const pages = filesUnder(out, (name) => name.endsWith('.html'));
  let before = 0;
  let after = 0;
  const total = { scripts: 0, preloads: 0, payloads: 0, bootstraps: 0 };
  // Every page is stripped in memory before any is written, so a page the checks reject cannot
  // leave out/ with some pages stripped and others not.
  const stripped = pages.map((file) => {
    const html = fs.readFileSync(file, 'utf8');
    const result = stripRuntime(html, path.relative(process.cwd(), file));
    before += zlib.gzipSync(html).length;
    after += zlib.gzipSync(result.html).length;
    for (const key of REMOVED_KINDS) total[key] += result.removed[key];
    return { file, html: result.html };
  });
  for (const { file, html } of stripped) fs.writeFileSync(file, html);
  // RSC payload files: fetched only by Next's client router, which no page loads any more.
  const payloadFiles = filesUnder(out, (name) => name === 'index.txt' || /^__next\..*\.txt$/.test(name));
  if (payloadFiles.length === 0)
    throw new StripError("no RSC payload files (index.txt, __next.*.txt) found: Next's export has changed?");
  for (const file of payloadFiles) fs.rmSync(file);
  // The runtime's scripts: after the checks above, no page references them.
  const nextDir = path.join(out, '_next');
  const runtimeFiles = fs.existsSync(nextDir) ? filesUnder(nextDir, (name) => name.endsWith('.js')) : [];
  for (const file of runtimeFiles) fs.rmSync(file);
  removeEmptyFolders(nextDir);
  // Next also writes the not-found page as /404/ and /_not-found/: copies of 404.html that a static
  // host would answer with status 200. The host serves 404.html itself for every unknown path.
  const notFoundCopies = ['404', '_not-found'].map((name) => path.join(out, name)).filter((dir) => fs.existsSync(dir));
  for (const dir of notFoundCopies) fs.rmSync(dir, { recursive: true });
  console.log(
    `strip-runtime: ${pages.length} pages: removed ${total.scripts} runtime script tags, ${total.preloads} preloads, ${total.payloads} RSC payload scripts, ` +
      `${total.bootstraps} bootstraps (HTML ${(before / 1024).toFixed(1)} → ${(after / 1024).toFixed(1)} KB gzip in all); ` +
      `deleted ${payloadFiles.length} RSC payload files, ${runtimeFiles.length} runtime .js files and ${notFoundCopies.length} copies of 404.html`,
  );
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
