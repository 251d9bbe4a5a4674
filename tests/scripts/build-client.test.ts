/** The browser bundle guard: one folder rule, proven by bundling probes that live in app/_client/. */
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { assertBrowserSafe, BundleGuardError, COMMON } from '../../scripts/build-client.ts';

const CLIENT_DIR = path.join(process.cwd(), 'app', '_client');

/** Bundles one line of code as if it were a module in app/_client/, and runs the guard on the result. */
async function guard(source: string): Promise<void> {
  const { metafile } = await build({
    ...COMMON,
    stdin: { contents: source, resolveDir: CLIENT_DIR, sourcefile: 'app/_client/probe.ts', loader: 'ts' },
    outdir: path.join(process.cwd(), '.scratch', 'guard'),
    // Node built-ins would stop esbuild before the guard sees them; the guard must catch the module itself.
    external: ['node:*'],
  });
  assertBrowserSafe(metafile);
}

describe('browser bundle guard', () => {
  it('accepts a module that imports only browser-safe code', async () => {
    await expect(
      guard("import { phrases } from '@/lib/shared/phrases'; console.log(phrases('产业集群'));"),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['the content loader', "import { loadDocument } from '@/lib/build/content/load'; console.log(loadDocument);"],
    [
      'the zh-Hant converter (OpenCC)',
      "import { createZhHantConverter } from '@/lib/build/content/zh-hant'; console.log(createZhHantConverter);",
    ],
    ['React', "import { createElement } from 'react'; console.log(createElement);"],
  ])('rejects %s imported from app/_client/', async (_name, source) => {
    const error = await guard(source).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BundleGuardError);
    expect(String(error)).toMatch(/outside app\/_client\/, lib\/shared\/, node_modules\/flexsearch\//);
  });
});
