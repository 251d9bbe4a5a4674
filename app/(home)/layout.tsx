import type { ReactNode } from 'react';
import { SiteScript } from '@/app/_components/SiteScript';
import '../globals.css';

/** Root layout of the bilingual home page: simplified first, traditional parts carry lang="zh-Hant". */
export default function HomeLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-Hans">
      <head>
        {/* The home page's search box. */}
        <SiteScript />
      </head>
      <body>{children}</body>
    </html>
  );
}
