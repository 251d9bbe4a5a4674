import type { Script } from '@/lib/shared/types';
import { UI } from '../../../lib/shared/ui/strings';

export interface Crumb {
  label: string;
  href: string;
  /** A document's title: on a phone it is cut to one line, or it would push the rest of the trail down. */
  isTitle?: boolean;
}

/**
 * The trail from the script's home to this page. The last step is the page itself (aria-current);
 * the clause page draws its own trail, with this one's steps in front.
 */
export function Crumbs({ script, trail }: { script: Script; trail: readonly Crumb[] }) {
  return (
    <nav aria-label={UI[script].breadcrumb} className="crumbs">
      <ol>
        {trail.map((step, i) => (
          <li key={step.href} className={step.isTitle ? 'crumb-title' : undefined}>
            {i > 0 && <span aria-hidden="true">› </span>}
            <a href={step.href} aria-current={i === trail.length - 1 ? 'page' : undefined}>
              {step.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
