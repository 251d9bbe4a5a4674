/** The header block of a document page: 文号, 发文机关, 文种, dates, the linked source and the note on which text is the issued one. */
import type { ReactNode } from 'react';
import type { FrontMatter } from '@/lib/build/content/schema';
import { yearLabel } from '@/lib/build/pages/listings';
import type { Facet } from '@/lib/shared/routes';
import type { Script } from '@/lib/shared/types';
import { formatDate, UI } from '../../lib/shared/ui/strings';

/** The row that leads to the 下载 section (app/_components/Downloads.tsx). */
const DOWNLOADS_LABEL: Record<Script, { term: string; formats: string }> = {
  'zh-hans': { term: '下载', formats: 'XML、JSON、纯文本' },
  'zh-hant': { term: '下載', formats: 'XML、JSON、純文字' },
};

export interface DocumentHeaderProps {
  script: Script;
  /** The variant's front matter (variant.meta), in the page's script. */
  meta: FrontMatter;
  /** The listings of this document's year, issuer and 文种: the values link there. */
  facetPaths: Record<Facet, string>;
}

/** 2007年12月5日, its year a link to the year's documents. */
function PublishedDate({ iso, yearPath }: { iso: string; yearPath: string }): ReactNode {
  const year = yearLabel(iso.slice(0, 4));
  return (
    <time dateTime={iso}>
      <a href={yearPath}>{year}</a>
      {formatDate(iso).slice(year.length)}
    </time>
  );
}

export function DocumentHeader({ script, meta, facetPaths }: DocumentHeaderProps) {
  const ui = UI[script];
  return (
    <header className="doc-meta" aria-label={ui.metaLabel}>
      <dl>
        {/* 公文 order: the issuer, then the number. The issuer takes a whole row: its name is long. */}
        <div className="doc-meta-wide">
          <dt>{ui.issuer}</dt>
          <dd>
            <a href={facetPaths.issuers}>{meta.issuer}</a>
          </dd>
        </div>
        {meta.docNumber && (
          <div>
            <dt>{ui.docNumber}</dt>
            <dd>{meta.docNumber}</dd>
          </div>
        )}
        <div>
          <dt>{ui.docType}</dt>
          <dd>
            <a href={facetPaths.types}>{meta.type}</a>
          </dd>
        </div>
        <div className="doc-meta-source">
          <dt>{ui.source}</dt>
          <dd>
            <a href={meta.source.url} rel="external">
              {meta.source.publisher}
            </a>
          </dd>
        </div>
        <div>
          <dt>{ui.dateSigned}</dt>
          <dd>
            <time dateTime={meta.dateSigned}>{formatDate(meta.dateSigned)}</time>
          </dd>
        </div>
        <div>
          <dt>{ui.datePublished}</dt>
          <dd>
            <PublishedDate iso={meta.datePublished} yearPath={facetPaths.years} />
          </dd>
        </div>
        {/* The downloads sit below the document; a long notice would hide them without this way there. */}
        <div>
          <dt>{DOWNLOADS_LABEL[script].term}</dt>
          <dd>
            <a href="#downloads">{DOWNLOADS_LABEL[script].formats}</a>
          </dd>
        </div>
      </dl>
      <p className="doc-meta-note">{ui.variantNote}</p>
    </header>
  );
}
