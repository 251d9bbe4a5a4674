import { Fragment } from 'react';
import { phrases } from '@/lib/shared/phrases';

/**
 * A title with a <wbr> between its words, as lib/rehype-phrase-breaks.ts gives the document's headings.
 * The element that holds it is set `word-break: keep-all` (globals.css), so it breaks only there.
 */
export function Phrases({ text }: { text: string }) {
  return (
    <>
      {phrases(text).map((run, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {run}
        </Fragment>
      ))}
    </>
  );
}
