/** remark-literal-text-directives, case by case: fixtures/remark-literal-text-directives/<case>/input.md → output.html. */
import fs from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkLiteralTextDirectives from '../../../../lib/build/pipeline/remark-literal-text-directives.ts';
import { testFixtures } from './fixtures.ts';

const withPlugin = unified()
  .use(remarkParse)
  .use(remarkDirective)
  .use(remarkLiteralTextDirectives)
  .use(remarkRehype)
  .use(rehypeStringify)
  .freeze();
const withoutPlugin = unified().use(remarkParse).use(remarkDirective).use(remarkRehype).use(rehypeStringify).freeze();

describe('remark-literal-text-directives', () => {
  testFixtures(path.join(import.meta.dirname, 'fixtures', 'remark-literal-text-directives'), (folder) => ({
    'output.html': `${String(withPlugin.processSync(fs.readFileSync(path.join(folder, 'input.md'), 'utf8')))}\n`,
  }));

  it('is what stops remark-directive from eating the text', () => {
    expect(String(withoutPlugin.processSync('于10:30开会'))).not.toContain('10:30');
  });
});
