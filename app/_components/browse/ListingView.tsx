import { facetIndexPath, facetPath, otherScript, scriptHomePath } from '@/lib/shared/routes';
import type { Script } from '@/lib/shared/types';
import { listingHeading, listingSummary, SITE_NAME } from '@/lib/build/pages/metadata';
import { listingPath, pageCount, pageEntries, type Listing } from '@/lib/build/pages/listings';
import { ScriptToggle } from '../ScriptToggle';
import { UI } from '../../../lib/shared/ui/strings';
import { Crumbs, type Crumb } from './Crumbs';
import { DocumentEntries } from './DocumentEntries';
import { FacetLinks } from './FacetLinks';
import { Pager } from './Pager';

/** Home › (按年份 ›) the list › its page: every step a link, the last one this page. */
function trail(listing: Listing, script: Script, page: number): Crumb[] {
  const ui = UI[script];
  const steps: Crumb[] = [{ label: SITE_NAME[script], href: scriptHomePath(script) }];
  if (listing.kind === 'facet') {
    const { facet, slug, label } = listing.value;
    steps.push({ label: ui.by[facet], href: facetIndexPath(script, facet) });
    steps.push({ label: label[script], href: facetPath(script, facet, slug) });
  } else steps.push({ label: ui.allDocuments, href: listingPath(listing, script) });
  if (page > 1) steps.push({ label: ui.page(page), href: listingPath(listing, script, page) });
  return steps;
}

/** One page of a list of documents, newest first, that works without JavaScript: links and a pager. */
export function ListingView({ script, listing, page }: { script: Script; listing: Listing; page: number }) {
  const ui = UI[script];
  const pages = pageCount(listing);
  return (
    <div className="browse">
      <Crumbs script={script} trail={trail(listing, script, page)} />
      <main id="main">
        <div className="browse-head">
          <h1>{listingHeading(listing, script)}</h1>
          <ScriptToggle script={script} href={listingPath(listing, otherScript(script), page)} />
        </div>
        <p className="browse-summary">
          {listingSummary(listing, script)}，{ui.total(listing.entries.length)}，{ui.newestFirst}
          {pages > 1 && `；${ui.pageOf(page, pages)}`}。
        </p>
        {listing.kind === 'documents' && <FacetLinks script={script} />}
        <DocumentEntries script={script} entries={pageEntries(listing, page)} headingLevel={2} />
        <Pager script={script} page={page} pages={pages} href={(n) => listingPath(listing, script, n)} />
      </main>
    </div>
  );
}
