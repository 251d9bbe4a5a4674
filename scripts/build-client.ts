/**
 * `npm run build:client` (run by prebuild and predev): bundles the browser code, app/_client/site.ts,
 * with esbuild into public/assets/ (gitignored), which Next copies into the export as /assets/.
 *
 * site-<hash>.js is the one script a page loads; the search engine is a chunk it import()s on first
 * use. Content hashes in both names let the server cache /assets/ for good. The bundle is checked in
 * memory and written only if it passes: see assertBrowserSafe().
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build, type BuildOptions, type Metafile, type OutputFile } from 'esbuild';

const ROOT = path.join(import.meta.dirname, '..');
const ASSETS_DIR = path.join(ROOT, 'public', 'assets');
const ENTRY = path.join(ROOT, 'app', '_client', 'site.ts');
/** Chunks site.js loads on first use only: import() specifier → entry file. */
const CHUNKS = {
  engine: { specifier: '@/lib/shared/search/engine', entry: path.join(ROOT, 'lib', 'shared', 'search', 'engine.ts') },
  portal: {
    specifier: '@/lib/shared/search/portal/search',
    entry: path.join(ROOT, 'lib', 'shared', 'search', 'portal', 'search.ts'),
  },
} as const;
type ChunkName = keyof typeof CHUNKS;
const CHUNK_NAMES: readonly ChunkName[] = ['engine', 'portal'];

/**
 * The guard, one folder rule: every module in the browser bundle comes from a browser root. Build-only
 * code lives under lib/build/ (and React and Next under node_modules), so none of it can slip in. The
 * one library the browser runs, FlexSearch (portal search), is a root of its own.
 */
export const BROWSER_ROOTS = ['app/_client/', 'lib/shared/', 'node_modules/flexsearch/'] as const;

export class BundleGuardError extends Error {
  override name = 'BundleGuardError';
}

/** Throws, naming each offender, when an input of the bundle lies outside the browser roots. */
export function assertBrowserSafe(metafile: Metafile): void {
  const outside = Object.keys(metafile.inputs).filter((input) => !BROWSER_ROOTS.some((root) => input.startsWith(root)));
  if (outside.length > 0) {
    throw new BundleGuardError(
      `modules outside ${BROWSER_ROOTS.join(', ')} in the browser bundle:\n  ${outside.join('\n  ')}\n` +
        'Browser code may import only browser-safe modules: move what it needs into lib/shared/.',
    );
  }
}

/** Options both passes share. */
export const COMMON = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  // Module scripts run only in browsers with dynamic import(), optional chaining and ??: ES2020.
  target: 'es2020',
  minify: true,
  metafile: true,
  write: false,
  absWorkingDir: ROOT,
  legalComments: 'none',
  // Module scripts are always decoded as UTF-8; \u escapes would double the UI words' raw size.
  charset: 'utf8',
  logLevel: 'warning',
} as const satisfies BuildOptions;

interface Bundle {
  files: OutputFile[];
  metafile: Metafile;
}

/** A lazy chunk, bundled standalone (its own copy of what it shares with site.js). */
async function bundleChunk(name: ChunkName): Promise<Bundle & { url: string }> {
  const chunk = await build({
    ...COMMON,
    entryPoints: { [name]: CHUNKS[name].entry },
    outdir: ASSETS_DIR,
    entryNames: 'chunks/[name]-[hash]',
  });
  const file = chunk.outputFiles.find((output) => output.path.endsWith('.js'));
  if (!file) throw new Error(`esbuild wrote no ${name} chunk`);
  const url = `./${path.relative(ASSETS_DIR, file.path).split(path.sep).join('/')}`;
  return { files: chunk.outputFiles, metafile: chunk.metafile, url };
}

const exact = (specifier: string): RegExp => new RegExp(`^${specifier.replace(/[/.]/g, '\\$&')}$`);

/**
 * Several passes instead of esbuild's `splitting`, which put the modules site.js and a chunk share
 * into another file that every page had to fetch before site.js could run. Here each chunk is bundled
 * standalone first, then site.js with each chunk's import() pointing at its file.
 */
async function bundle(): Promise<{ chunks: Record<ChunkName, Bundle & { url: string }>; site: Bundle }> {
  const chunks = { engine: await bundleChunk('engine'), portal: await bundleChunk('portal') };
  const site = await build({
    ...COMMON,
    entryPoints: { site: ENTRY },
    outdir: ASSETS_DIR,
    // app/_components/SiteScript.tsx finds the file by this pattern.
    entryNames: '[name]-[hash]',
    plugins: CHUNK_NAMES.map((name) => ({
      name: `${name}-chunk`,
      setup: (pluginBuild) =>
        pluginBuild.onResolve({ filter: exact(CHUNKS[name].specifier) }, () => ({
          path: chunks[name].url,
          external: true,
        })),
    })),
  });
  return { chunks, site: { files: site.outputFiles, metafile: site.metafile } };
}

/** Checks the bundle before anything is written: the folder rule, the lazy chunks, no process.env. */
function check({ chunks, site }: Awaited<ReturnType<typeof bundle>>): void {
  const all = [site, ...Object.values(chunks)];
  for (const part of all) assertBrowserSafe(part.metafile);
  const siteCode = site.files.find((file) => file.path.endsWith('.js'))?.text ?? '';
  for (const [name, chunk] of Object.entries(chunks)) {
    if (!siteCode.includes(`import("${chunk.url}")`))
      throw new Error(`site.js does not import() the ${name} chunk lazily`);
  }
  const eager = Object.keys(site.metafile.inputs).filter((input) =>
    /^lib\/shared\/search\/(engine|portal\/)|flexsearch/.test(input),
  );
  if (eager.length > 0)
    throw new Error(`search code is in site.js, it must load on first use only: ${eager.join(', ')}`);
  const withProcess = all.flatMap((part) => part.files).filter((file) => file.text.includes('process.env'));
  if (withProcess.length > 0)
    throw new Error(`browser bundle reads process.env: ${withProcess.map((f) => f.path).join(', ')}`);
}

async function main(): Promise<void> {
  const result = await bundle();
  check(result);
  fs.rmSync(ASSETS_DIR, { recursive: true, force: true });
  for (const file of [...Object.values(result.chunks).flatMap((chunk) => chunk.files), ...result.site.files]) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    fs.writeFileSync(file.path, file.contents);
    const kb = (n: number): string => (n / 1024).toFixed(1).padStart(5);
    const name = path.relative(ROOT, file.path).padEnd(40);
    console.log(`${name} raw ${kb(file.contents.length)} KB   gzip ${kb(zlib.gzipSync(file.contents).length)} KB`);
  }
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) await main();
