import { documentsPath, FACETS, facetIndexPath, facetPath, type Facet } from '@/lib/shared/routes';
import { facetValues, type FacetValue } from '@/lib/build/pages/listings';
import { UI } from '../../../lib/shared/ui/strings';
import type { HomeSectionProps } from './home-section';

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

/**
 * How many values of each facet a home page shows, so it stays small at any corpus size: the newest
 * years, the issuers with the most documents, and every 文种 (a fixed list of twenty).
 */
const SHOWN: Record<Facet, { count: number; pick: (values: FacetValue[]) => FacetValue[] }> = {
  years: { count: 10, pick: (values) => values },
  issuers: { count: 8, pick: (values) => [...values].sort((a, b) => b.entries.length - a.entries.length) },
  types: { count: Infinity, pick: (values) => values },
};

/** The ways into the documents, for the home pages: all of them, then by year, issuer and 文种, with counts. */
export function WaysIn({ script, entries, headingLevel, within }: HomeSectionProps) {
  const ui = UI[script];
  const Heading = HEADINGS[headingLevel];
  const Sub = HEADINGS[headingLevel === 2 ? 3 : 4];
  return (
    <section aria-labelledby={within ? `${within} ways-${script}` : `ways-${script}`} className="ways">
      <Heading id={`ways-${script}`}>{ui.browse}</Heading>
      <p className="ways-all">
        <a href={documentsPath(script)}>{ui.allDocuments}</a>{' '}
        <span className="facet-count">{ui.total(entries.length)}</span>
      </p>
      {FACETS.map((facet) => {
        const values = facetValues(entries, facet);
        const shown = SHOWN[facet].pick(values).slice(0, SHOWN[facet].count);
        return (
          <div key={facet}>
            <Sub>
              <a href={facetIndexPath(script, facet)}>{ui.by[facet]}</a>
            </Sub>
            <ul className="facet-values">
              {shown.map((value) => (
                <li key={value.slug}>
                  <a href={facetPath(script, facet, value.slug)}>{value.label[script]}</a>
                  <span className="facet-count">{ui.count(value.entries.length)}</span>
                </li>
              ))}
            </ul>
            {shown.length < values.length && (
              <p className="ways-more">
                <a href={facetIndexPath(script, facet)}>{ui.seeAll(ui.facetCount[facet](values.length))}</a>
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
