import type { CorpusEntry } from '@/lib/build/corpus';
import { documentPath } from '@/lib/shared/routes';
import type { Script } from '@/lib/shared/types';
import { Phrases } from '../Phrases';
import { formatDate } from '../../../lib/shared/ui/strings';

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

/**
 * Documents as a list reads them: the title (a heading, so a screen reader can step from one to the
 * next), then 文号 (when it has one), issuer and publication date on one line.
 */
export function DocumentEntries({
  script,
  entries,
  headingLevel,
}: {
  script: Script;
  entries: readonly CorpusEntry[];
  headingLevel: keyof typeof HEADINGS;
}) {
  const Heading = HEADINGS[headingLevel];
  return (
    <ul className="entries">
      {entries.map((entry) => {
        const meta = entry.variants[script];
        return (
          <li key={entry.id}>
            <Heading className="doc-title">
              <a href={documentPath(script, entry.id)}>
                <Phrases text={meta.title} />
              </a>
            </Heading>
            <p className="entry-meta">
              {meta.docNumber && <span>{meta.docNumber}</span>}
              <span>{meta.issuer}</span>
              <time dateTime={entry.datePublished}>{formatDate(entry.datePublished)}</time>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
