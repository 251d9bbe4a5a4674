/**
 * 简体 / 繁體: a plain link to the same page in the other script. app/_client/reader.ts adds, on click, the
 * #id of the clause in view and remembers the choice in localStorage (key "script").
 */
import { LANG, otherScript, SCRIPT_NAME } from '@/lib/shared/routes';
import type { Script } from '@/lib/shared/types';
import { UI } from '../../lib/shared/ui/strings';

export interface ScriptToggleProps {
  /** The page's script. */
  script: Script;
  /** The same page's path in the other script, without a fragment (e.g. documentPath(other, docId)). */
  href: string;
}

export function ScriptToggle({ script, href }: ScriptToggleProps) {
  const other = otherScript(script);
  return (
    <p className="script-toggle">
      <span className="script-current" lang={LANG[script]}>
        {SCRIPT_NAME[script]}
      </span>
      <a href={href} hrefLang={LANG[other]} data-script-toggle={other} aria-label={UI[script].toggleLabel}>
        <span lang={LANG[other]}>{SCRIPT_NAME[other]}</span>
      </a>
    </p>
  );
}
