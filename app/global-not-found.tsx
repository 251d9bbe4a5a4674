import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = { title: '页面未找到 · 頁面未找到' };

/** The whole 404 document (valid HTML with its own lang), for any URL the export has no page for. */
export default function GlobalNotFound() {
  return (
    <html lang="zh-Hans">
      <body>
        <main className="mx-auto max-w-3xl p-4">
          <h1 className="text-2xl font-bold">页面未找到</h1>
          <p>
            <Link href="/">返回首页</Link>
          </p>
          <div lang="zh-Hant">
            <p>頁面未找到</p>
            <p>
              <Link href="/zh-hant/">返回首頁</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
