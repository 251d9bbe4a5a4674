/**
 * `npm run build:client` (run by prebuild and predev): bundles the browser code, app/_client/site.ts,
 * with esbuild into public/assets/ (gitignored), which Next copies into the export as /assets/.
 *
 * - ESM with code splitting: site.js is the one script a page loads (as type=module); the search
 *   engine is a chunk it import()s on first use, under chunks/ with a content hash in its name.
 * - Fails the build if any build-time module (content loading, the pipeline, OpenCC, Node
 *   built-ins) reaches the browser bundle, or if the first-load script outgrows its budget.
 * - Prints each file's raw and gzip bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';

const ROOT = path.join(import.meta.dirname, '..');
export const ASSETS_DIR = path.join(ROOT, 'public', 'assets');
const ENTRY = path.join(ROOT, 'app', '_client', 'site.ts');

/** Inputs that must never be in the browser bundle: build-time code (see the team's split-by-runtime rule). */
const BUILD_TIME = [/^lib\/content\//, /^lib\/convert\.ts$/, /^lib\/pipeline\.ts$/, /^lib\/search\/build\.ts$/, /^lib\/(remark|rehype)-/, /opencc-js/, /^node:/, /(^|\/)react(-dom)?\//, /(^|\/)next\//];

async function main(): Promise<void> {
  fs.rmSync(ASSETS_DIR, { recursive: true, force: true });
  const result = await build({
    entryPoints: { site: ENTRY },
    outdir: ASSETS_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    // Module scripts run only in browsers with dynamic import(), optional chaining and ??: ES2020.
    target: 'es2020',
    minify: true,
    chunkNames: 'chunks/[name]-[hash]',
    // lib/site.ts reads SITE_URL from the environment for the build; the browser gets its links'
    // origin from the page (reader data), so the bundle needs no value and must not touch `process`.
    define: { 'process.env.SITE_URL': 'undefined', 'process.env.NEXT_PUBLIC_SITE_URL': 'undefined' },
    metafile: true,
    legalComments: 'none',
    // Module scripts are always decoded as UTF-8; \u escapes would double the UI words' raw size.
    charset: 'utf8',
    logLevel: 'warning',
  });

  const inputs = Object.keys(result.metafile.inputs);
  const leaked = inputs.filter((input) => BUILD_TIME.some((pattern) => pattern.test(input)));
  if (leaked.length > 0) throw new Error(`build-time modules in the browser bundle:\n  ${leaked.join('\n  ')}`);
  const withProcess = Object.keys(result.metafile.outputs).filter((file) => fs.readFileSync(path.join(ROOT, file), 'utf8').includes('process.env'));
  if (withProcess.length > 0) throw new Error(`browser bundle reads process.env: ${withProcess.join(', ')}`);

  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    const bytes = fs.readFileSync(path.join(ROOT, file));
    const from = output.entryPoint ? `entry ${output.entryPoint}` : Object.keys(output.inputs).filter((input) => !input.startsWith('node_modules')).slice(0, 4).join(', ');
    console.log(`${path.relative(ROOT, path.join(ROOT, file)).padEnd(40)} raw ${(bytes.length / 1024).toFixed(1).padStart(5)} KB   gzip ${(zlib.gzipSync(bytes).length / 1024).toFixed(1).padStart(5)} KB   (${from})`);
  }
}

await main();
