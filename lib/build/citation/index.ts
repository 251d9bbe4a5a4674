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

/** The citations as open data publishes them (data.json): the URL filled, the 引用日期 blanks left for the citer. */
export interface PublishedCitations {
  gbt7714: string;
  gbt7714Annexes: string[];
  cslJson: string;
  bibtex: string;
}

export function publishedCitations(
  docId: string,
  script: Script,
  meta: FrontMatter,
  documentUrl: string,
): PublishedCitations {
  const templates = citationTemplates(docId, script, meta);
  // A function replacement, so a $ in a URL is taken as written.
  const withUrl = (template: string, url: string): string => template.replace(/%URL%/g, () => url);
  return {
    gbt7714: withUrl(templates.gbt, documentUrl),
    gbt7714Annexes: templates.gbtAnnexes.map((template, i) => withUrl(template, `${documentUrl}#att_${i + 1}`)),
    cslJson: withUrl(templates.csl, documentUrl),
    bibtex: withUrl(templates.bibtex, documentUrl),
  };
}
