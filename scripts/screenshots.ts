/**
 * Screenshots of the document page for a human to look at: 390 px (phone) and 1280 px (desktop),
 * both scripts, light and dark, the phone navigator open, and a clause reached by its #id.
 * Serves out/ itself (run `npm run build` first). Writes PNGs to screenshots/ (gitignored).
 * Usage: npm run screenshots   (PORT picks the port, default 4310)
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutable } from '../tests/e2e/browser.ts';
import { listen } from './serve.ts';

const DOC = 'ndrc-2007-2897';
const OUT_DIR = path.join(process.cwd(), 'screenshots');
const port = Number(process.env.PORT ?? 4310);
const base = `http://localhost:${port}`;

interface Shot {
  name: string;
  width: number;
  script: 'zh-hans' | 'zh-hant';
  dark?: boolean;
  hash?: string;
  fullPage?: boolean;
  act?: (page: Page) => Promise<void>;
}

const shots: Shot[] = [];
for (const script of ['zh-hans', 'zh-hant'] as const) {
  for (const dark of [false, true]) {
    const mode = dark ? 'dark' : 'light';
    shots.push({ name: `${script}-390-${mode}`, width: 390, script, dark });
    shots.push({ name: `${script}-1280-${mode}`, width: 1280, script, dark });
  }
  shots.push({ name: `${script}-390-full`, width: 390, script, fullPage: true });
  shots.push({ name: `${script}-1280-full`, width: 1280, script, fullPage: true });
  shots.push({
    name: `${script}-390-nav-open`,
    width: 390,
    script,
    act: (page) => page.getByRole('button', { name: /目[录錄]/ }).click(),
  });
  shots.push({
    name: `${script}-390-nav-open-dark`,
    width: 390,
    script,
    dark: true,
    act: (page) => page.getByRole('button', { name: /目[录錄]/ }).click(),
  });
  shots.push({ name: `${script}-390-target`, width: 390, script, hash: 'att_1__sec_2__point_3' });
  shots.push({
    name: `${script}-1280-target-hover`,
    width: 1280,
    script,
    hash: 'att_1__sec_2__point_3',
    act: (page) => page.locator('#att_1__sec_2__point_3 > p').hover(),
  });
}

const server = await listen(port);
fs.mkdirSync(OUT_DIR, { recursive: true });
const browser = await chromium.launch({
  executablePath: chromiumExecutable(),
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.width < 600 ? 844 : 800 },
      deviceScaleFactor: shot.width < 600 ? 2 : 1,
      isMobile: shot.width < 600,
      hasTouch: shot.width < 600,
      colorScheme: shot.dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    await page.goto(`${base}/${shot.script}/${DOC}/${shot.hash ? `#${shot.hash}` : ''}`);
    await page.waitForLoadState('networkidle');
    await shot.act?.(page);
    await page.waitForTimeout(200);
    const file = path.join(OUT_DIR, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: shot.fullPage ?? false });
    console.log(`${path.relative(process.cwd(), file)}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
