/** The header block of a document page: 文号, 发文机关, dates, the linked source and the note on which text is the issued one. */
import type { FrontMatter } from '@/lib/build/content/schema';
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
}

export function DocumentHeader({ script, meta }: DocumentHeaderProps) {
  const ui = UI[script];
  return (
    <header className="doc-meta" aria-label={ui.metaLabel}>
      <dl>
        {/* 公文 order: the issuer, then the number. The issuer takes a whole row: its name is long. */}
        <div className="doc-meta-wide">
          <dt>{ui.issuer}</dt>
          <dd>{meta.issuer}</dd>
        </div>
        {meta.docNumber && (
          <div>
            <dt>{ui.docNumber}</dt>
            <dd>{meta.docNumber}</dd>
          </div>
        )}
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
            <time dateTime={meta.datePublished}>{formatDate(meta.datePublished)}</time>
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
