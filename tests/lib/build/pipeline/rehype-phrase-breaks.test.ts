/** Fixture tests for lib/rehype-phrase-breaks.ts through a real unified pipeline: Markdown in, HTML out. */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypePhraseBreaks from '@/lib/build/pipeline/rehype-phrase-breaks';

const html = (markdown: string): string =>
  String(
    unified().use(remarkParse).use(remarkRehype).use(rehypePhraseBreaks).use(rehypeStringify).processSync(markdown),
  );

describe('rehype-phrase-breaks', () => {
  it('puts <wbr> between the words of a heading', () => {
    expect(html('## 促进产业集群发展')).toBe('<h2>促进<wbr>产业<wbr>集群<wbr>发展</h2>');
  });

  it('finds words across inline elements, and breaks at their edges and inside them', () => {
    // The break before 科学 falls at the start of <em>: it goes inside it, the same place on the line.
    expect(html('### 加强*科学规划*，促进产业发展')).toBe(
      '<h3>加强<em><wbr>科学<wbr>规划</em>，<wbr>促进<wbr>产业<wbr>发展</h3>',
    );
  });

  it('does not break a word that spans two elements', () => {
    expect(html('### 产*业*集群')).toBe('<h3>产<em>业</em><wbr>集群</h3>');
  });

  it('leaves paragraphs alone: body text breaks anywhere, as Chinese is set', () => {
    expect(html('促进产业集群发展')).toBe('<p>促进产业集群发展</p>');
  });

  it('adds no break before punctuation', () => {
    expect(html('# 加强组织领导，切实搞好')).toBe('<h1>加强<wbr>组织<wbr>领导，<wbr>切实<wbr>搞好</h1>');
  });
});
