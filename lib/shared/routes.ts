/** URL paths and script names, shared by the build and the browser. */
import type { Script } from './types.ts';

/** BCP 47 tags for <html lang> and hreflang. */
export const LANG: Record<Script, string> = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' };

/** The script's own name, as the toggle shows it. */
export const SCRIPT_NAME: Record<Script, string> = { 'zh-hans': '简体', 'zh-hant': '繁體' };

/** Path of a script's home page (its document list). */
export function scriptHomePath(script: Script): string {
  return `/${script}/`;
}

export function otherScript(script: Script): Script {
  return script === 'zh-hans' ? 'zh-hant' : 'zh-hans';
}

export function isScript(value: string): value is Script {
  return value === 'zh-hans' || value === 'zh-hant';
}

/** Path of a document page (trailing slash: the export is one folder per page). */
export function documentPath(script: Script, docId: string): string {
  return `/${script}/${docId}/`;
}

/** Path of a clause's own page. */
export function clausePath(script: Script, docId: string, clauseId: string): string {
  return `/${script}/${docId}/${clauseId}/`;
}
