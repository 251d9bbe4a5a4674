/**
 * Test helper: the pages the export must contain, worked out from the loaded documents (the same
 * single source the pages are built from), so page counts stay exact when a document is added.
 * Which clauses get pages is checked against the Markdown itself for the published notice
 * (tests/helpers/clauses.ts); this helper scales that rule to every document.
 */
import { loadDocuments, type LoadedDocument } from '../../lib/build/corpus';
import { pagedClauses } from '../../lib/build/pages/clauses';
import { clausePath, documentPath } from '../../lib/shared/routes';
import { SCRIPTS } from '../../lib/shared/types';

export interface ExpectedPages {
  /** /, then per script its home, each document page and each clause page. */
  all: string[];
  documents: string[];
  clauses: string[];
}

export function expectedPages(docs: readonly LoadedDocument[] = loadDocuments()): ExpectedPages {
  const documents = SCRIPTS.flatMap((script) => docs.map((doc) => documentPath(script, doc.id)));
  const clauses = SCRIPTS.flatMap((script) =>
    docs.flatMap((doc) =>
      pagedClauses(doc.variants[script].clauses).map((clause) => clausePath(script, doc.id, clause.id)),
    ),
  );
  const homes = ['/', ...SCRIPTS.map((script) => `/${script}/`)];
  return { all: [...homes, ...documents, ...clauses].sort(), documents: documents.sort(), clauses: clauses.sort() };
}
