/** Test helper: the documents `npm run build:test` builds (content/ and the fixture documents), rendered once per test file. */
import path from 'node:path';
import { renderCorpus, type LoadedDocument } from '../../lib/build/corpus/index.ts';
import { SCRIPTS, type Script } from '../../lib/shared/types.ts';

let corpus: LoadedDocument[] | undefined;

export function testedDocuments(): LoadedDocument[] {
  corpus ??= renderCorpus(['content', path.join('tests', 'fixtures', 'documents')].map((dir) => path.resolve(dir)));
  return corpus;
}

export function testedDocument(id: string): LoadedDocument {
  const doc = testedDocuments().find((candidate) => candidate.id === id);
  if (!doc) throw new Error(`no tested document "${id}"`);
  return doc;
}

/** Every tested document in both scripts, as [label, doc, script] rows for it.each. */
export function documentScriptRows(): Array<[string, LoadedDocument, Script]> {
  return testedDocuments().flatMap((doc) =>
    SCRIPTS.map((script): [string, LoadedDocument, Script] => [`${doc.id} ${script}`, doc, script]),
  );
}
