/**
 * rehype-clauses, case by case: fixtures/rehype-clauses/<case>/input.md → clauses.json (every clause's
 * facts, words and standalone HTML) and toc.json.
 */
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe } from 'vitest';
import rehypeClauses from '../../../../lib/build/pipeline/rehype-clauses.ts';
import remarkGfmTables from '../../../../lib/build/pipeline/remark-gfm-tables.ts';
import remarkLiteralTextDirectives from '../../../../lib/build/pipeline/remark-literal-text-directives.ts';
import remarkStructure from '../../../../lib/build/pipeline/remark-structure/index.ts';
import { clauseHandlers } from '../../../../lib/build/pipeline/to-hast.ts';
import { json, readFixtureMarkdown, testFixtures } from './fixtures.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfmTables)
  .use(remarkDirective)
  .use(remarkLiteralTextDirectives)
  .use(remarkStructure)
  .use(remarkRehype, { handlers: clauseHandlers })
  .use(rehypeClauses)
  .use(rehypeStringify)
  .freeze();

describe('rehype-clauses', () => {
  testFixtures(path.join(import.meta.dirname, 'fixtures', 'rehype-clauses'), (folder) => {
    const { markdown, facts, path: file } = readFixtureMarkdown(folder);
    const vfile = new VFile({ path: file, value: markdown, data: { structure: facts } });
    processor.runSync(processor.parse(vfile), vfile);
    return { 'clauses.json': json(vfile.data.clauses), 'toc.json': json(vfile.data.toc) };
  });
});
