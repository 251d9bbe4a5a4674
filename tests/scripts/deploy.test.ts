/**
 * scripts/deploy/: the header policy itself, the hashes of inline code, the redirects file, the
 * `_headers` file and nginx's configuration (nginx -t on the generated site file and on the production
 * wrapper in deploy/nginx/, with real nginx, required on CI).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheControl, contentSecurityPolicy, responseHeaders, securityHeaders } from '@/scripts/deploy/headers';
import { checkPagesAgainst, cspHash, InlineMarkupError, pageHashes } from '@/scripts/deploy/inline-hashes';
import { nginxSite } from '@/scripts/deploy/nginx';
import { parseRedirects, RedirectsError } from '@/scripts/deploy/redirects';
import { readSitePolicy } from '@/scripts/deploy/site-policy';
import { headersFile, headersForPath } from '@/scripts/deploy/static-host';
import { brotliModule, nginxBinary } from '@/scripts/serve-nginx';
import { createExportFixture, FIXTURE } from '../helpers/export-fixture';

const root = createExportFixture();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the header policy', () => {
  const hashes = { scripts: ["'sha256-a'"], styles: ["'sha256-b'"] };
  const csp = contentSecurityPolicy(hashes);

  it('is a strict CSP: nothing by default, scripts and styles from this origin or by hash, no unsafe-*', () => {
    expect(csp).toBe(
      "default-src 'none'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-b'; img-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(csp).not.toMatch(/unsafe-|\*/);
  });

  it('sends every security header, and no-transform in every Cache-Control', () => {
    expect(Object.fromEntries(securityHeaders(hashes))).toMatchObject({
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(cacheControl('/assets/site-X.js')).toBe('public, max-age=31536000, immutable, no-transform');
    expect(cacheControl('/_next/static/chunks/a.css')).toBe('public, max-age=31536000, immutable, no-transform');
    for (const urlPath of ['/', '/zh-hans/doc/', '/search/fold.json', '/assets', '/sitemap.xml'])
      expect(cacheControl(urlPath), urlPath).toBe('no-cache, no-transform');
  });
});

describe('hashes of inline code', () => {
  it('hashes as the browser does: SHA-256 of the text, base64, line breaks normalised', () => {
    // The SHA-256 of the empty string, as published everywhere.
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const crlf = pageHashes('<!DOCTYPE html><style>a{}\r\nb{}</style>', 'page');
    expect(crlf.styles).toEqual([cspHash('a{}\nb{}')]);
  });

  it('hashes executable inline scripts and styles, not data blocks or external scripts', () => {
    const html =
      '<!DOCTYPE html><head><style>p{}</style><script type="application/ld+json">{}</script>' +
      '<script type="application/json" id="d">[]</script><script type="module" src="/assets/site-A.js"></script></head>' +
      '<body><script>go()</script><script type="module">run()</script></body>';
    expect(pageHashes(html, 'page')).toEqual({
      scripts: [cspHash('go()'), cspHash('run()')],
      styles: [cspHash('p{}')],
    });
  });

  it.each([
    ['a style attribute', '<p style="color:red">x</p>'],
    ['an event handler', '<button onclick="go()">x</button>'],
    ['a javascript: URL', '<a href="javascript:go()">x</a>'],
  ])('fails on %s, which no hash can allow', (_, markup) => {
    expect(() => pageHashes(`<!DOCTYPE html><body>${markup}</body>`, 'page')).toThrow(InlineMarkupError);
  });

  it('fails the build when a page has inline code the CSP does not list', () => {
    const policy = readSitePolicy(root);
    expect(() => checkPagesAgainst(root, contentSecurityPolicy(policy.hashes))).not.toThrow();
    const stale = contentSecurityPolicy({ scripts: policy.hashes.scripts, styles: [cspHash('body{color:#321}')] });
    expect(() => checkPagesAgainst(root, stale)).toThrow(/not allowed by the Content-Security-Policy: inline style/);
  });
});

describe('_redirects', () => {
  it('reads permanent moves, comments and blank lines', () => {
    expect(parseRedirects('# moved\n\n/a/ /b/ 301\n/c /https-target/\n', 'r')).toEqual([
      { from: '/a/', to: '/b/' },
      { from: '/c', to: '/https-target/' },
    ]);
  });

  it.each([
    ['a temporary redirect', '/a/ /b/ 302', /only permanent/],
    ['a splat', '/a/* /b/:splat 301', /not a plain path/],
    ['an nginx variable in the target', '/a/ /$host/ 301', /not a path/],
    ['a duplicate', '/a/ /b/\n/a/ /c/', /redirected twice/],
    ['a missing target', '/a/', /expected/],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseRedirects(text, 'r')).toThrow(RedirectsError);
    expect(() => parseRedirects(text, 'r')).toThrow(message);
  });
});

describe('_headers for static hosts', () => {
  const policy = readSitePolicy(root);
  const text = headersFile(policy);

  it('gives every path the security headers and one Cache-Control, never two rules for one header', () => {
    for (const urlPath of ['/', '/index.html', FIXTURE.page, FIXTURE.data, FIXTURE.asset, '/404.html']) {
      const headers = headersForPath(text, urlPath);
      expect(Object.fromEntries(headers), urlPath).toEqual(Object.fromEntries(responseHeaders(policy.hashes, urlPath)));
    }
  });

  it('lists neither the compressed siblings nor the host files', () => {
    expect(text).not.toMatch(/\.(br|gz)$|_headers|_redirects/m);
  });
});

const hasNginx = (() => {
  try {
    return !!nginxBinary();
  } catch {
    return false;
  }
})();

describe.skipIf(!hasNginx && !process.env.CI)('nginx -t', () => {
  const policy = readSitePolicy(root);

  function nginxTest(dir: string, http: string): { status: number | null; stderr: string } {
    const brotli = brotliModule();
    const conf = [
      ...(brotli ? [`load_module ${brotli};`] : []),
      `pid ${path.join(dir, 'nginx.pid')};`,
      'events {}',
      `http {\n${http}\n}`,
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
    const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr', '-t'];
    return spawnSync(nginxBinary(), args, { encoding: 'utf8' });
  }

  it('passes on the generated site file, with no warning', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-t-'));
    fs.writeFileSync(path.join(dir, 'site.conf'), nginxSite(policy, { brotli: brotliModule() !== undefined }));
    const result = nginxTest(dir, `server {\nlisten 127.0.0.1:8999;\ninclude ${path.join(dir, 'site.conf')};\n}`);
    expect(result.stderr).toContain('test is successful');
    expect(result.stderr).not.toMatch(/\[warn\]|\[emerg\]/);
    expect(result.status).toBe(0);
  });

  it('passes on the production wrapper, deploy/nginx/policy-portal.conf, with TLS', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-t-'));
    const tls = path.join(dir, 'policy-portal', 'tls');
    fs.mkdirSync(tls, { recursive: true });
    fs.writeFileSync(path.join(dir, 'policy-portal', 'site.conf'), nginxSite(policy, { brotli: true }));
    const openssl = spawnSync('openssl', [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=policy.example.cn'],
      ...['-keyout', path.join(tls, 'privkey.pem'), '-out', path.join(tls, 'fullchain.pem')],
    ]);
    expect(openssl.status).toBe(0);
    const wrapper = fs.readFileSync(path.join(process.cwd(), 'deploy', 'nginx', 'policy-portal.conf'), 'utf8');
    const result = nginxTest(dir, wrapper);
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });
});
