/** The assembled pipeline: both scripts from one source, with the same ids. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createZhHantConverter } from '../../../../lib/build/content/zh-hant.ts';
import { renderDocument } from '../../../../lib/build/pipeline/index.ts';
import { readFixtureMarkdown } from './fixtures.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'remark-structure', 'annex-with-parts-and-items');

describe('renderDocument', () => {
  const { markdown, facts, path: file } = readFixtureMarkdown(FIXTURE);
  const hans = renderDocument(markdown, file, facts);
  const hant = renderDocument(markdown, file, { ...facts, convert: createZhHantConverter([]).convert });

  it('gives the same ids in both scripts: ids come from the numbering, never from the text', () => {
    expect(hant.clauses.map((c) => c.id)).toEqual(hans.clauses.map((c) => c.id));
    expect(hant.toc).toHaveLength(hans.toc.length);
  });

  it('renders the traditional page in traditional characters, headings and text alike', () => {
    const part = (clauses: typeof hans.clauses) => clauses.find((c) => c.id === 'att_1__sec_2');
    expect(part(hans.clauses)?.heading).toBe('措施');
    expect(part(hant.clauses)?.heading).toBe('措施');
    expect(hans.html).toContain('各单位');
    expect(hant.html).toContain('各單位');
    expect(hant.html).not.toContain('各单位');
  });

  it('puts word breaks into headings only, after conversion', () => {
    expect(hant.html).toMatch(/<h2>示例<wbr>意見<\/h2>/);
    expect(fs.readFileSync(path.join(FIXTURE, 'input.md'), 'utf8')).not.toContain('<wbr>');
  });
});
