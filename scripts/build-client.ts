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
const ENGINE_ENTRY = path.join(ROOT, 'lib', 'shared', 'search', 'engine.ts');

/**
 * The guard, one folder rule: every module in the browser bundle comes from a browser root. Build-only
 * code lives under lib/build/ (and React and Next under node_modules), so none of it can slip in.
 */
export const BROWSER_ROOTS = ['app/_client/', 'lib/shared/'] as const;

export class BundleGuardError extends Error {
  override name = 'BundleGuardError';
}

/** Throws, naming each offender, when an input of the bundle lies outside the browser roots. */
export function assertBrowserSafe(metafile: Metafile): void {
  const outside = Object.keys(metafile.inputs).filter((input) => !BROWSER_ROOTS.some((root) => input.startsWith(root)));
  if (outside.length > 0) {
    throw new BundleGuardError(
      `modules outside ${BROWSER_ROOTS.join(' and ')} in the browser bundle:\n  ${outside.join('\n  ')}\n` +
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

/** The module site.ts import()s on first use of the search box. */
const ENGINE_SPECIFIER = '@/lib/shared/search/engine';

interface Bundle {
  files: OutputFile[];
  metafile: Metafile;
}

/**
 * Two passes instead of esbuild's `splitting`, which put the modules both entries share into a third
 * file that every page had to fetch before site.js could run. Here the engine is bundled standalone
 * first, then site.js with the engine's import() pointing at that file.
 */
async function bundle(): Promise<{ engine: Bundle; site: Bundle; engineUrl: string }> {
  const engine = await build({
    ...COMMON,
    entryPoints: { engine: ENGINE_ENTRY },
    outdir: ASSETS_DIR,
    entryNames: 'chunks/[name]-[hash]',
  });
  const engineFile = engine.outputFiles.find((file) => file.path.endsWith('.js'));
  if (!engineFile) throw new Error('esbuild wrote no engine chunk');
  const engineUrl = `./${path.relative(ASSETS_DIR, engineFile.path).split(path.sep).join('/')}`;
  const specifier = new RegExp(`^${ENGINE_SPECIFIER.replace(/[/.]/g, '\\$&')}$`);
  const site = await build({
    ...COMMON,
    entryPoints: { site: ENTRY },
    outdir: ASSETS_DIR,
    // app/_components/SiteScript.tsx finds the file by this pattern.
    entryNames: '[name]-[hash]',
    plugins: [
      {
        name: 'engine-chunk',
        setup: (pluginBuild) =>
          pluginBuild.onResolve({ filter: specifier }, () => ({ path: engineUrl, external: true })),
      },
    ],
  });
  return {
    engine: { files: engine.outputFiles, metafile: engine.metafile },
    site: { files: site.outputFiles, metafile: site.metafile },
    engineUrl,
  };
}

/** Checks the bundle before anything is written: the folder rule, the lazy engine, no process.env. */
function check({ engine, site, engineUrl }: Awaited<ReturnType<typeof bundle>>): void {
  assertBrowserSafe(engine.metafile);
  assertBrowserSafe(site.metafile);
  const siteCode = site.files.find((file) => file.path.endsWith('.js'))?.text ?? '';
  if (!siteCode.includes(`import("${engineUrl}")`)) {
    throw new Error(`site.js does not import() the engine chunk ${engineUrl}: is ${ENGINE_SPECIFIER} imported lazily?`);
  }
  if (Object.keys(site.metafile.inputs).some((input) => input.startsWith('lib/shared/search/engine'))) {
    throw new Error('the search engine is in site.js: it must load on first use only');
  }
  const withProcess = [...engine.files, ...site.files].filter((file) => file.text.includes('process.env'));
  if (withProcess.length > 0)
    throw new Error(`browser bundle reads process.env: ${withProcess.map((f) => f.path).join(', ')}`);
}

async function main(): Promise<void> {
  const result = await bundle();
  check(result);
  fs.rmSync(ASSETS_DIR, { recursive: true, force: true });
  for (const file of [...result.engine.files, ...result.site.files]) {
    fs.mkdirSync(path.dirname(file.path), { recursive: true });
    fs.writeFileSync(file.path, file.contents);
    const kb = (n: number): string => (n / 1024).toFixed(1).padStart(5);
    const name = path.relative(ROOT, file.path).padEnd(40);
    console.log(`${name} raw ${kb(file.contents.length)} KB   gzip ${kb(zlib.gzipSync(file.contents).length)} KB`);
  }
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) await main();
