import { corpusEntries } from '@/lib/build/corpus';
import { documentPath } from '@/lib/shared/routes';
import type { Script } from '@/lib/shared/types';
import { Phrases } from './Phrases';
import { formatDate, UI } from '../../lib/shared/ui/strings';

/** The documents with number, title and dates, in one script; each title links to its document page. */
export function DocumentList({ script, headingLevel = 2 }: { script: Script; headingLevel?: 2 | 3 }) {
  const labels = UI[script];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="space-y-6">
      {corpusEntries().map((doc) => {
        const meta = { ...doc.variants[script], dateSigned: doc.dateSigned, datePublished: doc.datePublished };
        return (
          <li key={doc.id}>
            <Heading className="doc-title text-lg font-bold">
              <a href={documentPath(script, doc.id)}>
                <Phrases text={meta.title} />
              </a>
            </Heading>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              {meta.docNumber && (
                <>
                  <dt>{labels.docNumber}</dt>
                  <dd>{meta.docNumber}</dd>
                </>
              )}
              <dt>{labels.dateSigned}</dt>
              <dd>
                <time dateTime={meta.dateSigned}>{formatDate(meta.dateSigned)}</time>
              </dd>
              <dt>{labels.datePublished}</dt>
              <dd>
                <time dateTime={meta.datePublished}>{formatDate(meta.datePublished)}</time>
              </dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
