import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.join(process.cwd(), 'scripts', 'postbuild.ts');
const TSX = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

describe('scripts/postbuild.ts', () => {
  it('fails and removes out/ when the export is not there to complete', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postbuild-'));
    fs.mkdirSync(path.join(dir, 'out', 'zh-hans'), { recursive: true });
    const run = spawnSync(TSX, ['--tsconfig', path.join(process.cwd(), 'tsconfig.json'), SCRIPT], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('postbuild: no out/index.html: run next build first\nout/ was removed.');
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
