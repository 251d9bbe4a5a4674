/** remark-convert-script with the real zh-Hant converter: fixtures/remark-convert-script/<case>/input.md → output.html. */
import fs from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createZhHantConverter } from '../../../../lib/build/content/zh-hant.ts';
import remarkConvertScript from '../../../../lib/build/pipeline/remark-convert-script.ts';
import { testFixtures } from './fixtures.ts';

const processor = unified().use(remarkParse).use(remarkConvertScript).use(remarkRehype).use(rehypeStringify).freeze();
const render = (markdown: string, convert?: (text: string) => string): string =>
  String(processor.processSync(new VFile({ value: markdown, data: convert ? { convert } : {} })));

describe('remark-convert-script', () => {
  const { convert } = createZhHantConverter([]);
  testFixtures(path.join(import.meta.dirname, 'fixtures', 'remark-convert-script'), (folder) => ({
    'output.html': `${render(fs.readFileSync(path.join(folder, 'input.md'), 'utf8'), convert)}\n`,
  }));

  it('leaves the text as written when the file has no converter (the simplified page)', () => {
    expect(render('促进产业集群发展')).toBe('<p>促进产业集群发展</p>');
  });
});
