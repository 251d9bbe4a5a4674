import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SearchBox } from '@/app/_components/search/SearchBox';
import { isScript, LANG } from '@/lib/site';
import { SCRIPTS } from '@/lib/types';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return SCRIPTS.map((script) => ({ script }));
}

/** Root layout of every page in one script: <html lang> is zh-Hans or zh-Hant. */
export default async function ScriptLayout({ children, params }: { children: ReactNode; params: Promise<{ script: string }> }) {
  const { script } = await params;
  if (!isScript(script)) notFound();
  return (
    <html lang={LANG[script]}>
      <body>
        <header role="banner" className="border-b border-gray-200 px-4 py-2">
          <SearchBox script={script} />
        </header>
        {children}
      </body>
    </html>
  );
}
