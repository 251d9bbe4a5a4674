/**
 * The real prebuild (scripts/check-content.ts) on a copy of the real document and its committed URL
 * manifest, in a temporary project: a renumbering that drops a published id fails the build with the
 * URLs, the manifest lines and where to declare the move; the declared move passes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DOC_DIR, DOC_ID } from '../../../helpers/content.ts';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Part 二 of the annex without its item （二）: （三）…（八） become （二）…（七）, so …__point_8 is gone. */
function dropSecondItem(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('### （二）坚持节约发展'));
  const end = lines.findIndex((line, i) => i > start && line.startsWith('### '));
  lines.splice(start, end - start);
  const numerals = '二三四五六七八';
  const partThree = lines.findIndex((line) => line.startsWith('## 三、'));
  return lines
    .map((line, i) =>
      i > start - 1 && i < partThree
        ? line.replace(/^### （([三四五六七八])）/, (_m, n: string) => `### （${numerals[numerals.indexOf(n) - 1]}）`)
        : line,
    )
    .join('\n');
}

/** A project with the document, edited, and the manifest as committed; returns its root. */
function project(edit: (text: string) => string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'urls-check-'));
  temps.push(root);
  fs.cpSync(DOC_DIR, path.join(root, 'content', DOC_ID), { recursive: true });
  fs.cpSync(path.join(process.cwd(), 'urls'), path.join(root, 'urls'), { recursive: true });
  const file = path.join(root, 'content', DOC_ID, 'index.md');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  return root;
}

function prebuild(root: string): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(
      path.join(process.cwd(), 'node_modules/.bin/tsx'),
      [path.join(process.cwd(), 'scripts/check-content.ts')],
      { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8', stdio: 'pipe' },
    );
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const field = (name: string): string =>
      error instanceof Error && name in error ? String(Reflect.get(error, name)) : '';
    return { status: Number(field('status')), stdout: field('stdout'), stderr: field('stderr') };
  }
}

const withMove = (to: string) => (text: string) =>
  dropSecondItem(text).replace('\n---\n', `\nmoved:\n  att_1__sec_2__point_8: ${to}\n---\n`);

describe('the published URL check', { timeout: 30_000 }, () => {
  it('fails the build naming each URL, its manifest line, and the front matter line where to declare the move', () => {
    const { status, stderr } = prebuild(project(dropSecondItem));
    expect(status).toBe(1);
    expect(stderr).toBe(
      'content error: content/ndrc-2007-2897/index.md:14: published URLs would disappear, listed in urls/ndrc-2007-2897.txt: ' +
        '/zh-hans/ndrc-2007-2897/#att_1__sec_2__point_8 (line 18), /zh-hans/ndrc-2007-2897/att_1__sec_2__point_8/ (line 37); ' +
        'the same under /zh-hant/\n' +
        '  fix: say where each clause is now: add before the closing --- at content/ndrc-2007-2897/index.md:14\n' +
        '    moved:\n' +
        '      att_1__sec_2__point_8: <the id it has now>\n' +
        '  or restore the clause. A published URL is never dropped from the manifest.\n',
    );
  });

  it('passes once the move is declared', () => {
    const { status, stdout } = prebuild(project(withMove('att_1__sec_2__point_7')));
    expect(status).toBe(0);
    expect(stdout).toContain('urls ok: 39 published URLs (each in 2 scripts) still there, 2 of them moved\n');
  });

  it('fails on a move to a clause the document does not have, at the move’s line', () => {
    const { status, stderr } = prebuild(project(withMove('att_1__sec_2__point_9')));
    expect(status).toBe(1);
    expect(stderr).toBe(
      'content error: content/ndrc-2007-2897/index.md:15: moved: att_1__sec_2__point_8 moves to att_1__sec_2__point_9, which is no clause of this document\n' +
        '  fix: write the id the clause has now, as its page or its #id in the document shows it\n',
    );
  });

  it('fails on a move of an id the document still has', () => {
    const edit = (text: string): string =>
      text.replace('\n---\n', '\nmoved:\n  att_1__sec_2__point_7: att_1__sec_2__point_8\n---\n');
    const { status, stderr } = prebuild(project(edit));
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^content error: content\/ndrc-2007-2897\/index\.md:15: moved: att_1__sec_2__point_7 is declared moved, but the document still has a clause att_1__sec_2__point_7\n/,
    );
  });

  it('fails when a published document is gone, naming it and how to declare a rename', () => {
    const root = project((text) => text);
    fs.renameSync(path.join(root, 'content', DOC_ID), path.join(root, 'content', 'ndrc-2007-2897-renamed'));
    const { status, stderr } = prebuild(root);
    expect(status).toBe(1);
    expect(stderr).toBe(
      'content error: urls/ndrc-2007-2897.txt: the published document /zh-hans/ndrc-2007-2897/ (and /zh-hant/…) is not in this build: urls/ndrc-2007-2897.txt lists its URLs\n' +
        '  fix: restore its folder ndrc-2007-2897/, or, if it was renamed, add to the front matter of the document it became:\n' +
        '    formerIds:\n' +
        '      - ndrc-2007-2897\n',
    );
  });
});
