/**
 * Fixture folders for the pipeline's plugins: each case is a folder with an input file and the files
 * it must produce (output.html, clauses.json, error.txt …). A run produces a set of named outputs;
 * the case passes when those are exactly the expected files, byte for byte.
 * `UPDATE_FIXTURES=1 npx vitest run …` writes the outputs instead: review the diff before committing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { formatContentError, isContentError } from '../../../../lib/build/content/messages.ts';
import type { StructureFacts } from '../../../../lib/build/pipeline/remark-structure/index.ts';

const UPDATE = process.env.UPDATE_FIXTURES === '1';
/** Files a case folder may hold that are not outputs. */
const INPUTS = new Set(['input.md', 'input.html', 'README.md']);

/** Runs `run` on every case folder under `dir`, comparing what it produces with the folder's expected files. */
export function testFixtures(dir: string, run: (folder: string) => Record<string, string>): void {
  const cases = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', (name) => {
    const folder = path.join(dir, name);
    const produced = run(folder);
    if (UPDATE) {
      for (const file of fs.readdirSync(folder)) if (!INPUTS.has(file)) fs.rmSync(path.join(folder, file));
      for (const [file, text] of Object.entries(produced)) fs.writeFileSync(path.join(folder, file), text);
    }
    const expected = Object.fromEntries(
      fs
        .readdirSync(folder)
        .filter((file) => !INPUTS.has(file))
        .map((file) => [file, fs.readFileSync(path.join(folder, file), 'utf8')]),
    );
    expect(produced).toEqual(expected);
  });
}

const factsSchema = z.strictObject({
  title: z.string(),
  docNumber: z.string(),
  annexes: z.array(z.string()).default([]),
});

/** A fixture's Markdown and the facts its front matter gives (title, docNumber, annexes); lines keep their numbers. */
export function readFixtureMarkdown(folder: string): { markdown: string; facts: StructureFacts; path: string } {
  const source = fs.readFileSync(path.join(folder, 'input.md'), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const front = factsSchema.parse(parseYaml(match?.[1] ?? ''));
  const blanked = match ? source.replace(match[0], '\n'.repeat(match[0].split('\n').length - 1)) : source;
  const facts = { title: front.title, docNumber: front.docNumber, annexTitles: front.annexes };
  return { markdown: blanked, facts, path: path.join(path.basename(folder), 'input.md') };
}

/** The outputs of a run that may fail on bad content: its own, or error.txt with the message as the build prints it. */
export function outputsOrError(run: () => Record<string, string>): Record<string, string> {
  try {
    return run();
  } catch (error) {
    if (!isContentError(error)) throw error;
    return { 'error.txt': `${formatContentError(error)}\n  rule: ${error.ruleId ?? ''}\n` };
  }
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
