import { pagerNumbers } from '@/lib/build/pages/listings';
import type { Script } from '@/lib/shared/types';
import { UI } from '../../../lib/shared/ui/strings';

/** The way through a paged list: previous and next (rel=prev/next), and pages by number around this one. */
export function Pager({
  script,
  page,
  pages,
  href,
}: {
  script: Script;
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const ui = UI[script];
  return (
    <nav aria-label={ui.pager} className="list-pager">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {ui.previousPage}
        </a>
      )}
      <ol>
        {pagerNumbers(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <a href={href(n)} aria-current={n === page ? 'page' : undefined} aria-label={ui.page(n)}>
                {n}
              </a>
            </li>
          ),
        )}
      </ol>
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          {ui.nextPage}
        </a>
      )}
    </nav>
  );
}
