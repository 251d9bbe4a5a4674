import { FACETS, facetIndexPath } from '@/lib/shared/routes';
import type { Script } from '@/lib/shared/types';
import { UI } from '../../../lib/shared/ui/strings';

/** The other ways through the documents: by year, by issuer, by 文种 (the current one, if any, marked). */
export function FacetLinks({ script, current }: { script: Script; current?: string }) {
  const ui = UI[script];
  return (
    <nav aria-label={ui.browse} className="facet-links">
      <ul>
        {FACETS.map((facet) => (
          <li key={facet}>
            <a href={facetIndexPath(script, facet)} aria-current={facet === current ? 'page' : undefined}>
              {ui.by[facet]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
