/** Every indexable page of the site with its twins in both scripts: what the sitemap lists. Build-time only. */
import type { CorpusEntry } from './corpus/schema.ts';
import { SCRIPTS } from '../shared/types.ts';
import { HOME_PATH, twins, type PageTwins } from './pages/metadata.ts';

export interface SitePage {
  path: string;
  twins: PageTwins;
}

/** The bilingual home, then per script its home, each document and each paged clause. */
export function sitePages(docs: readonly CorpusEntry[]): SitePage[] {
  const home = twins.home();
  const pages: SitePage[] = [{ path: HOME_PATH, twins: home }];
  for (const script of SCRIPTS) {
    pages.push({ path: home.paths[script], twins: home });
    for (const doc of docs) {
      const docTwins = twins.document(doc.id);
      pages.push({ path: docTwins.paths[script], twins: docTwins });
      for (const clauseId of doc.pagedClauses) {
        const clauseTwins = twins.clause(doc.id, clauseId);
        pages.push({ path: clauseTwins.paths[script], twins: clauseTwins });
      }
    }
  }
  return pages;
}
