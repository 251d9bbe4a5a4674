/**
 * The README's headers table (Deployment) is the headers served: it must list exactly what
 * scripts/deploy/headers.ts sends, in order, with the build's hashes written as 'sha256-…'.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, IMMUTABLE_PREFIXES, securityHeaders } from '@/scripts/deploy/headers';

const readme = fs.readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('<!-- headers:start -->'), readme.indexOf('<!-- headers:end -->'));

/** Each body row as [header name, the code spans of its value cell]. */
const rows = table
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => {
    const [name = '', value = ''] = line.split('|').slice(1, 3);
    return [name.trim().replace(/`/g, ''), [...value.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '')] as const;
  });

describe('the README headers table', () => {
  const placeholder = { scripts: ["'sha256-…'"], styles: ["'sha256-…'"] };

  it('lists every header the module sends, in order, and no other', () => {
    expect(rows.map(([name]) => name)).toEqual([
      ...securityHeaders(placeholder).map(([name]) => name),
      'Cache-Control',
    ]);
  });

  it('gives each security header the value the module sends', () => {
    for (const [name, value] of securityHeaders(placeholder))
      expect(rows.find(([row]) => row === name)?.[1], name).toEqual([value]);
  });

  it('gives both Cache-Control values and the folders that are immutable', () => {
    const spans = rows.find(([name]) => name === 'Cache-Control')?.[1] ?? [];
    expect(spans).toEqual([CACHE_CONTROL.immutable, ...IMMUTABLE_PREFIXES, CACHE_CONTROL.revalidate]);
  });
});
