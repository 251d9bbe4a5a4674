import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';

export const metadata: Metadata = { title: '政策文件 · 政策文件' };

/** Root layout of the bilingual home page: simplified first, traditional parts carry lang="zh-Hant". */
export default function HomeLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-Hans">
      <body>{children}</body>
    </html>
  );
}
