import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './browser';
import { OUT_DIR } from './site-pages';

/** Fails fast, in one line, when there is no export to test or no browser to test it with. */
export default function globalSetup(): void {
  if (!fs.existsSync(path.join(OUT_DIR, 'index.html'))) {
    throw new Error('no out/ export: run `npm run build` first (npm test does this for you)');
  }
  if (!chromiumExecutable() && !fs.existsSync(chromium.executablePath())) {
    throw new Error(
      'no Chromium found: set CHROME_PATH, or `apt-get install chromium`, or `npx playwright install chromium`',
    );
  }
}
