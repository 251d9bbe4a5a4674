import type { Script } from '@/lib/shared/types';
import { UI } from '../../lib/shared/ui/strings';
import { SITE_URL } from '@/lib/build/env';
import { documentReference } from '@/lib/shared/citation';

/**
 * Shown only in print (globals.css): the document's title and number, the page's address and which
 * script the copy is in, so a printed page (a clause page especially) can be traced back. Without
 * SITE_URL at build time, app/_client/reader.ts puts the served address in.
 */
export function PrintFooter({
  script,
  path,
  title,
  docNumber,
}: {
  script: Script;
  path: string;
  title: string;
  docNumber?: string | undefined;
}) {
  const ui = UI[script];
  return (
    <footer className="print-footer">
      <p>{documentReference({ title, docNumber })}</p>
      <p>
        {ui.url}：<span data-page-url="">{`${SITE_URL}${path}`}</span>
      </p>
      <p>{ui.variantPrint}</p>
    </footer>
  );
}
