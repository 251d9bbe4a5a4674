/**
 * `npm run build:client` (run by prebuild and predev): bundles the browser code, app/_client/site.ts,
 * with esbuild into public/assets/ (gitignored), which Next copies into the export as /assets/.
 *
 * - ESM: site-<hash>.js is the one script a page loads (as type=module); the search engine is a
 *   separate chunk it import()s on first use, chunks/engine-<hash>.js (see main()). Content hashes in
 *   both names: a changed file gets a new URL, so the server can cache /assets/ for good.
 * - Fails the build if any build-time module (content loading, the pipeline, OpenCC, Node
 *   built-ins) reaches the browser bundle, or if the first-load script outgrows its budget.
 * - Prints each file's raw and gzip bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';

const ROOT = path.join(import.meta.dirname, '..');
const ASSETS_DIR = path.join(ROOT, 'public', 'assets');
const ENTRY = path.join(ROOT, 'app', '_client', 'site.ts');

/** Inputs that must never be in the browser bundle: build-time code (see the team's split-by-runtime rule). */
const BUILD_TIME = [
  /^lib\/content\//,
  /^lib\/convert\.ts$/,
  /^lib\/pipeline\.ts$/,
  /^lib\/search\/build\.ts$/,
  /^lib\/(remark|rehype)-/,
  /opencc-js/,
  /^node:/,
  /(^|\/)react(-dom)?\//,
  /(^|\/)next\//,
];

/** Options both passes share. */
const COMMON = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  // Module scripts run only in browsers with dynamic import(), optional chaining and ??: ES2020.
  target: 'es2020',
  minify: true,
  // lib/site.ts reads SITE_URL from the environment for the build; the browser gets its links'
  // origin from the page (reader data), so the bundle needs no value and must not touch `process`.
  define: { 'process.env.SITE_URL': 'undefined' },
  metafile: true,
  legalComments: 'none',
  // Module scripts are always decoded as UTF-8; \u escapes would double the UI words' raw size.
  charset: 'utf8',
  logLevel: 'warning',
} as const satisfies BuildOptions;

/** The module site.ts import()s on first use of the search box. */
const ENGINE_SPECIFIER = '@/lib/search/engine';

/**
 * Two passes instead of esbuild's `splitting`: with splitting, the few small modules both site.js
 * and the engine use (lib/parse.ts, lib/search/options.ts, lib/types.ts: 0.7 KB gzip) became a
 * third file that site.js imports statically, so every page made a second, chained script request.
 * Here the engine chunk is bundled first, standalone (its own copy of those modules), then site.js
 * is bundled with the engine's import() pointing at that file: a page loads one script, and search
 * loads one more on first use.
 */
async function main(): Promise<void> {
  fs.rmSync(ASSETS_DIR, { recursive: true, force: true });
  const engine = await build({
    ...COMMON,
    entryPoints: { engine: path.join(ROOT, 'lib', 'search', 'engine.ts') },
    outdir: ASSETS_DIR,
    entryNames: 'chunks/[name]-[hash]',
  });
  const engineFile = Object.keys(engine.metafile.outputs).find((file) => file.endsWith('.js'));
  if (!engineFile) throw new Error('esbuild wrote no engine chunk');
  const engineUrl = `./${path.relative(ASSETS_DIR, path.join(ROOT, engineFile)).split(path.sep).join('/')}`;
  const site = await build({
    ...COMMON,
    entryPoints: { site: ENTRY },
    outdir: ASSETS_DIR,
    // Hashed like the engine chunk: app/_components/SiteScript.tsx finds the file by its pattern.
    entryNames: '[name]-[hash]',
    plugins: [
      {
        name: 'engine-chunk',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: new RegExp(`^${ENGINE_SPECIFIER.replace(/[/.]/g, '\\$&')}$`) }, () => ({
            path: engineUrl,
            external: true,
          }));
        },
      },
    ],
  });
  const siteFile = Object.keys(site.metafile.outputs).find((file) => file.endsWith('.js'));
  if (!siteFile) throw new Error('esbuild wrote no site script');
  const siteCode = fs.readFileSync(path.join(ROOT, siteFile), 'utf8');
  if (!siteCode.includes(`import("${engineUrl}")`))
    throw new Error(
      `${siteFile} does not import() the engine chunk ${engineUrl} (is ${ENGINE_SPECIFIER} still imported lazily?)`,
    );

  const outputs = { ...engine.metafile.outputs, ...site.metafile.outputs };
  const inputs = [...Object.keys(engine.metafile.inputs), ...Object.keys(site.metafile.inputs)];
  const leaked = inputs.filter((input) => BUILD_TIME.some((pattern) => pattern.test(input)));
  if (leaked.length > 0) throw new Error(`build-time modules in the browser bundle:\n  ${leaked.join('\n  ')}`);
  if (Object.keys(site.metafile.inputs).some((input) => input.startsWith('lib/search/engine')))
    throw new Error('the search engine is in site.js: it must load on first use only');
  const withProcess = Object.keys(outputs).filter((file) =>
    fs.readFileSync(path.join(ROOT, file), 'utf8').includes('process.env'),
  );
  if (withProcess.length > 0) throw new Error(`browser bundle reads process.env: ${withProcess.join(', ')}`);

  for (const [file, output] of Object.entries(outputs)) {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    console.log(
      `${file.padEnd(40)} raw ${(bytes.length / 1024).toFixed(1).padStart(5)} KB   gzip ${(zlib.gzipSync(bytes).length / 1024).toFixed(1).padStart(5)} KB   (entry ${output.entryPoint ?? '?'})`,
    );
  }
}

await main();
