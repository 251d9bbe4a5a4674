import { facetIndexPath, facetPath, otherScript, scriptHomePath, type Facet } from '@/lib/shared/routes';
import type { Script } from '@/lib/shared/types';
import { SITE_NAME } from '@/lib/build/pages/metadata';
import type { FacetValue } from '@/lib/build/pages/listings';
import { ScriptToggle } from '../ScriptToggle';
import { UI } from '../../../lib/shared/ui/strings';
import { Crumbs } from './Crumbs';
import { FacetLinks } from './FacetLinks';

/** Every value of a facet with its count, each leading to its list: 2024年 3件, 2007年 1件 … */
export function FacetIndexView({
  script,
  facet,
  values,
}: {
  script: Script;
  facet: Facet;
  values: readonly FacetValue[];
}) {
  const ui = UI[script];
  const total = values.reduce((n, value) => n + value.entries.length, 0);
  const trail = [
    { label: SITE_NAME[script], href: scriptHomePath(script) },
    { label: ui.by[facet], href: facetIndexPath(script, facet) },
  ];
  return (
    <div className="browse">
      <Crumbs script={script} trail={trail} />
      <main id="main">
        <div className="browse-head">
          <h1>{ui.by[facet]}</h1>
          <ScriptToggle script={script} href={facetIndexPath(otherScript(script), facet)} />
        </div>
        <p className="browse-summary">
          {ui.browseBy[facet]}：{ui.facetCount[facet](values.length)}，{ui.total(total)}。
        </p>
        <FacetLinks script={script} current={facet} />
        <ul className={`facet-values facet-${facet}`}>
          {values.map((value) => (
            <li key={value.slug}>
              <a href={facetPath(script, facet, value.slug)}>{value.label[script]}</a>
              <span className="facet-count">{ui.count(value.entries.length)}</span>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
