/**
 * The section navigator: a <nav> listing the notice, each annex, its parts 一、… and items （一）…
 * Server-rendered, so its links work without JavaScript. app/_client/reader.ts (browser) adds the rest:
 * aria-current="location" while scrolling, and on phones the dialog opened by <NavigatorButton>.
 */
import { numberLabel } from '@/lib/shared/clauses';
import type { Script, TocEntry } from '@/lib/shared/types';
import { Phrases } from './Phrases';
import { UI } from '../../lib/shared/ui/strings';

export interface NavigatorProps {
  /** The page's script; the panel title is 目录 or 目錄. */
  script: Script;
  /** The document variant's toc (variant.toc from lib/content/load.ts), in the page's script. */
  toc: TocEntry[];
  /**
   * Prefix of every link: '' on the document page (links are #id), the document's path on a clause
   * page (links are /zh-hans/doc/#id). Default ''.
   */
  base?: string;
  /** An id to mark aria-current="location" in the HTML itself, e.g. the clause a clause page shows. */
  currentId?: string;
}

function TocList({ entries, base, currentId }: { entries: TocEntry[]; base: string; currentId: string | undefined }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`${base}#${entry.id}`} aria-current={entry.id === currentId ? 'location' : undefined}>
            {entry.num && <span className="toc-num">{numberLabel(entry)}</span>}
            {/* Word breaks, as in the document's headings (lib/rehype-phrase-breaks.ts): the entry is set keep-all. */}
            <span>
              <Phrases text={entry.heading} />
            </span>
          </a>
          {entry.children.length > 0 && <TocList entries={entry.children} base={base} currentId={currentId} />}
        </li>
      ))}
    </ol>
  );
}

/**
 * The panel: a sticky side column on wide screens; on phones hidden until <NavigatorButton> opens it
 * as a modal dialog (or, without JavaScript, shown in the flow above the text). ids toc-panel and
 * toc-title are what the button and app/_client/reader.ts look for, so render one Navigator per page.
 */
export function Navigator({ script, toc, base = '', currentId }: NavigatorProps) {
  const ui = UI[script];
  return (
    <div id="toc-panel" className="toc-panel">
      {/* The heading sits inside the landmark (axe: all content in landmarks) and names both the nav and the phone dialog. */}
      <nav className="toc-nav" aria-labelledby="toc-title">
        <div className="toc-head">
          <h2 id="toc-title">{ui.toc}</h2>
          <button type="button" className="toc-close" data-action="toc-close" aria-label={ui.closeToc}>
            ✕
          </button>
        </div>
        <div className="toc-scroll" data-toc="">
          <TocList entries={toc} base={base} currentId={currentId} />
        </div>
      </nav>
    </div>
  );
}

/** The phone's 目录 button (hidden on wide screens and without JavaScript). Place it once, e.g. in the sticky .reader-bar. */
export function NavigatorButton({ script }: { script: Script }) {
  return (
    <button type="button" className="toc-open" data-action="toc-open" aria-haspopup="dialog" aria-controls="toc-panel">
      <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
        <path d="M3 5h14M3 10h14M3 15h9" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
      </svg>
      {UI[script].openToc}
    </button>
  );
}
