/** remark-structure, case by case: fixtures/remark-structure/<case>/input.md → output.html or error.txt. */
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe } from 'vitest';
import remarkGfmTables from '../../../../lib/build/pipeline/remark-gfm-tables.ts';
import remarkLiteralTextDirectives from '../../../../lib/build/pipeline/remark-literal-text-directives.ts';
import remarkStructure from '../../../../lib/build/pipeline/remark-structure/index.ts';
import { clauseHandlers } from '../../../../lib/build/pipeline/to-hast.ts';
import { outputsOrError, readFixtureMarkdown, testFixtures } from './fixtures.ts';

/** The structure step and what it needs around it, without conversion or word breaks. */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfmTables)
  .use(remarkDirective)
  .use(remarkLiteralTextDirectives)
  .use(remarkStructure)
  .use(remarkRehype, { handlers: clauseHandlers })
  .use(rehypeStringify)
  .freeze();

describe('remark-structure', () => {
  testFixtures(path.join(import.meta.dirname, 'fixtures', 'remark-structure'), (folder) =>
    outputsOrError(() => {
      const { markdown, facts, path: file } = readFixtureMarkdown(folder);
      const vfile = new VFile({ path: file, value: markdown, data: { structure: facts } });
      const html = processor.stringify(processor.runSync(processor.parse(vfile), vfile), vfile);
      return { 'output.html': `${html}\n` };
    }),
  );
});
