/** rehype-phrase-breaks, case by case: fixtures/rehype-phrase-breaks/<case>/input.md → output.html. */
import fs from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe } from 'vitest';
import rehypePhraseBreaks from '../../../../lib/build/pipeline/rehype-phrase-breaks.ts';
import { testFixtures } from './fixtures.ts';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypePhraseBreaks).use(rehypeStringify).freeze();

describe('rehype-phrase-breaks', () => {
  testFixtures(path.join(import.meta.dirname, 'fixtures', 'rehype-phrase-breaks'), (folder) => ({
    'output.html': `${String(processor.processSync(fs.readFileSync(path.join(folder, 'input.md'), 'utf8')))}\n`,
  }));
});
