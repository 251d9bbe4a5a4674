/** The standard-format citation templates of a document in one script (see lib/shared/citation-formats.ts). */
import type { CitationTemplates } from '../../shared/citation-formats.ts';
import type { Script } from '../../shared/types.ts';
import type { FrontMatter } from '../content/schema.ts';
import { bibtex, cslJson } from './csl-bibtex.ts';
import { gbtAnnex, gbtDocument } from './gbt7714.ts';

export function citationTemplates(docId: string, script: Script, meta: FrontMatter): CitationTemplates {
  return {
    gbt: gbtDocument(meta),
    gbtAnnexes: meta.annexes.map((_, i) => gbtAnnex(meta, i + 1)),
    csl: cslJson(docId, script, meta),
    bibtex: bibtex(docId, meta),
  };
}
