/**
 * `npm run serve:nginx`: serves out/ with the system's nginx and the production site configuration
 * (scripts/deploy/nginx.ts), in the foreground on PORT (default 8080), until Ctrl+C. Everything nginx
 * writes (pid, temp files, the generated configuration) goes to a temporary folder, removed on exit; logs
 * go to the terminal. Needs no root. Honours NGINX (the binary) and NGINX_MODULES (the modules folder).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nginxSite } from './deploy/nginx.ts';
import { readSitePolicy } from './deploy/site-policy.ts';

const INSTALL_HINT =
  'nginx not found: install it (Debian/Ubuntu: apt-get install nginx libnginx-mod-http-brotli-static) or set NGINX=/path/to/nginx';
const BROTLI_MODULE = 'ngx_http_brotli_static_module.so';

export class NginxMissingError extends Error {
  override name = 'NginxMissingError';
}

/** The nginx binary: NGINX, else Debian's /usr/sbin/nginx, else one on PATH. */
export function nginxBinary(): string {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'nginx'));
  const found = [process.env.NGINX, '/usr/sbin/nginx', ...onPath].find(
    (candidate): candidate is string => !!candidate && fs.existsSync(candidate),
  );
  if (!found) throw new NginxMissingError(INSTALL_HINT);
  return found;
}

/** The brotli_static module's file, if installed (Debian puts modules in /usr/lib/nginx/modules). */
export function brotliModule(): string | undefined {
  const file = path.join(process.env.NGINX_MODULES ?? '/usr/lib/nginx/modules', BROTLI_MODULE);
  return fs.existsSync(file) ? file : undefined;
}

export interface LocalServer {
  /** The folder holding nginx.conf, site.conf, the pid and temp files. */
  dir: string;
  /** nginx's arguments to use this configuration (add -t to test it). */
  args: string[];
}

/** Writes a local nginx.conf around the site file: this machine's listen address, process and temp paths. */
export function writeLocalConfig(root: string, port: number, host = '127.0.0.1'): LocalServer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-portal-nginx-'));
  const brotli = brotliModule();
  if (!brotli)
    console.warn(`nginx: no ${BROTLI_MODULE}, serving gzip only (apt-get install libnginx-mod-http-brotli-static)`);
  fs.writeFileSync(path.join(dir, 'site.conf'), nginxSite(readSitePolicy(root), { brotli: brotli !== undefined }));
  fs.mkdirSync(path.join(dir, 'temp'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `    ${kind}_temp_path ${path.join(dir, 'temp', kind)};`,
  );
  const conf = [
    '# Local wrapper written by scripts/serve-nginx.ts; production uses deploy/nginx/policy-portal.conf.',
    ...(brotli ? [`load_module ${brotli};`] : []),
    // Run as root (CI), nginx would hand requests to workers running as "nobody"; the caller's own user reads out/.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${path.join(dir, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events {',
    '    worker_connections 256;',
    '}',
    'http {',
    '    access_log off;',
    ...temp,
    '    server {',
    `        listen ${host}:${port};`,
    '        server_name localhost;',
    `        include ${path.join(dir, 'site.conf')};`,
    '    }',
    '}',
    '',
  ];
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf.join('\n'));
  return { dir, args: ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'] };
}

/** `nginx -t` on a configuration: throws with nginx's own message when it fails. */
export function testConfig(args: string[]): void {
  const result = spawnSync(nginxBinary(), [...args, '-t', '-q'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`nginx -t failed:\n${result.stderr}`);
}

function answers(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/`, { method: 'HEAD' }).then(
    () => true,
    () => false,
  );
}

/** Starts nginx in the foreground on `port`, serving `root`; resolves once it answers. */
export async function startNginx(
  root: string,
  port: number,
): Promise<{ process: ChildProcess; stop: () => Promise<void> }> {
  const binary = nginxBinary();
  // Something already answering there would pass the readiness check below in nginx's place.
  if (await answers(port)) throw new Error(`port ${port} is already in use`);
  const local = writeLocalConfig(root, port);
  testConfig(local.args);
  const child = spawn(binary, [...local.args, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      fs.rmSync(local.dir, { recursive: true, force: true });
      resolve();
    }),
  );
  const stop = () => {
    child.kill('SIGTERM');
    return exited;
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`);
    if (await answers(port)) return { process: child, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`nginx did not answer on port ${port}`);
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const root = path.resolve(process.argv[2] ?? 'out');
  const { process: child, stop } = await startNginx(root, port);
  console.log(`nginx serving ${path.relative(process.cwd(), root) || root} at http://localhost:${port}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
  child.on('exit', (code) => process.exit(code ?? 0));
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
