/**
 * The page left at a moved URL, for hosts that cannot answer 301 from _redirects: a meta refresh to
 * where the page is now, its canonical URL for search engines, noindex, and a link for readers whose
 * browser does not refresh. No script and no style, so it needs nothing from the CSP.
 */
import { absoluteUrl } from '../env.ts';
import { LANG } from '../../shared/routes.ts';
import type { Script } from '../../shared/types.ts';
import type { PageMove } from './redirects.ts';

const UI: Record<Script, { moved: string; now: string }> = {
  'zh-hans': { moved: '本页已迁移', now: '现在的地址' },
  'zh-hant': { moved: '本頁已遷移', now: '現在的地址' },
};

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function redirectPage({ script, to, title }: PageMove): string {
  const ui = UI[script];
  // A canonical URL names a page: the #id of a clause that has no page of its own stays in the refresh only.
  const canonical = absoluteUrl(to.replace(/#.*$/, ''));
  return `<!DOCTYPE html>
<html lang="${LANG[script]}">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=${escape(to)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${ui.moved}：${escape(title)}</title>
<link rel="canonical" href="${escape(canonical)}">
</head>
<body>
<main>
<h1>${ui.moved}</h1>
<p>${ui.now}：<a href="${escape(to)}">${escape(title)}</a></p>
</main>
</body>
</html>
`;
}
