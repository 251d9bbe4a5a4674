/** Fixture tests for lib/remark-literal-text-directives.ts through a real unified pipeline: Markdown in, HTML out. */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkLiteralTextDirectives from '@/lib/build/pipeline/remark-literal-text-directives';

const html = (markdown: string, literal = true): string => {
  const processor = unified().use(remarkParse).use(remarkDirective);
  if (literal) processor.use(remarkLiteralTextDirectives);
  return String(processor.use(remarkRehype).use(rehypeStringify).processSync(markdown));
};

describe('remark-literal-text-directives', () => {
  it('keeps a time, a scale and a label as written, in one text run', () => {
    expect(html('于10:30开会，比例尺1:50000，见 Annex:one[a]{b} 与 http://www.gov.cn/ 。')).toBe(
      '<p>于10:30开会，比例尺1:50000，见 Annex:one[a]{b} 与 http://www.gov.cn/ 。</p>',
    );
  });

  it('is what stops remark-directive from eating the text', () => {
    expect(html('于10:30开会', false)).not.toContain('10:30');
  });

  it('leaves container directives alone', () => {
    expect(html(':::preface\n文号\n:::')).toBe('<div><p>文号</p></div>');
  });
});
