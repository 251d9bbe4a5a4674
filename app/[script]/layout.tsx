import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SearchBox } from '@/app/_components/search/SearchBox';
import { SiteScript } from '@/app/_components/SiteScript';
import { UI } from '@/lib/shared/ui/strings';
import { isScript, LANG, scriptHomePath } from '@/lib/shared/routes';
import { SCRIPTS } from '@/lib/shared/types';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return SCRIPTS.map((script) => ({ script }));
}

/**
 * Root layout of every page in one script: <html lang> is zh-Hans or zh-Hant.
 * Every page under it renders <main id="main">: the skip link leads there.
 */
export default async function ScriptLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ script: string }>;
}) {
  const { script } = await params;
  if (!isScript(script)) notFound();
  const ui = UI[script];
  return (
    <html lang={LANG[script]}>
      <head>
        <SiteScript />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {ui.skip}
        </a>
        <header role="banner" className="site-header">
          <a className="site-name" href={scriptHomePath(script)}>
            {ui.site}
          </a>
          <SearchBox script={script} />
        </header>
        {children}
      </body>
    </html>
  );
}
