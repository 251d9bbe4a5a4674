import { UI } from '../../../lib/shared/ui/strings';
import type { HomeSectionProps } from './home-section';
import { DocumentEntries } from './DocumentEntries';

/** How many documents a home page lists: the page must stay small however many there are. */
export const LATEST_COUNT = 10;

/** The newest documents; WaysIn, beside them, leads to all of them. */
export function LatestDocuments({ script, entries, headingLevel, within }: HomeSectionProps) {
  const ui = UI[script];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={within ? `${within} latest-${script}` : `latest-${script}`} className="latest">
      <Heading id={`latest-${script}`}>{ui.latest}</Heading>
      <DocumentEntries
        script={script}
        entries={entries.slice(0, LATEST_COUNT)}
        headingLevel={headingLevel === 2 ? 3 : 4}
      />
    </section>
  );
}
