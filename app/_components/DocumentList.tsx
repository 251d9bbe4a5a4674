import { loadDocuments } from '@/lib/content/load';
import { documentPath } from '@/lib/site';
import type { Script } from '@/lib/types';

const LABELS: Record<Script, { number: string; signed: string; published: string }> = {
  'zh-hans': { number: '文号', signed: '成文日期', published: '发布日期' },
  'zh-hant': { number: '文號', signed: '成文日期', published: '發布日期' },
};

/** 2007-11-13 → 2007年11月13日, as Chinese documents print dates in running text. */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** The documents with number, title and dates, in one script; each title links to its document page. */
export function DocumentList({ script, headingLevel = 2 }: { script: Script; headingLevel?: 2 | 3 }) {
  const labels = LABELS[script];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="space-y-6">
      {loadDocuments().map((doc) => {
        const meta = doc.variants[script].meta;
        return (
          <li key={doc.id}>
            <Heading className="text-lg font-bold">
              <a href={documentPath(script, doc.id)}>{meta.title}</a>
            </Heading>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt>{labels.number}</dt>
              <dd>{meta.docNumber}</dd>
              <dt>{labels.signed}</dt>
              <dd>
                <time dateTime={meta.dateSigned}>{chineseDate(meta.dateSigned)}</time>
              </dd>
              <dt>{labels.published}</dt>
              <dd>
                <time dateTime={meta.datePublished}>{chineseDate(meta.datePublished)}</time>
              </dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
