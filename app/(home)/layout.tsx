import type { ReactNode } from 'react';
import { SiteScript } from '@/app/_components/SiteScript';
import { SCRIPT_PREFERENCE_KEY } from '@/app/_components/strings';
import '../globals.css';

/**
 * Runs before the body paints (no layout shift): marks the script the reader chose with the toggle,
 * so CSS puts that script's document links first.
 */
const preferScript = `try{var s=localStorage.getItem(${JSON.stringify(SCRIPT_PREFERENCE_KEY)});if(s==='zh-hans'||s==='zh-hant')document.documentElement.dataset.prefer=s}catch(e){}`;

/** Root layout of the bilingual home page: simplified first, traditional parts carry lang="zh-Hant". */
export default function HomeLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-Hans">
      <head>
        {/* id: scripts/strip-runtime.ts keeps inline scripts it recognises and fails on any other. */}
        <script id="script-preference" dangerouslySetInnerHTML={{ __html: preferScript }} />
        {/* The home page's search box. */}
        <SiteScript />
      </head>
      <body>{children}</body>
    </html>
  );
}
