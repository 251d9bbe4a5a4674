import fs from 'node:fs';

/**
 * Which Chromium the e2e tests drive: CHROME_PATH, else Debian's /usr/bin/chromium, else
 * undefined so Playwright uses its own download (`npx playwright install chromium`).
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => !!candidate && fs.existsSync(candidate));
}
