/** scripts/serve.ts on its own: what the shared contract (servers.test.ts) cannot show for nginx. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { cspHash } from '@/scripts/deploy/inline-hashes';
import { listen } from '@/scripts/serve';
import { createExportFixture, FIXTURE } from '../helpers/export-fixture';

it('sends the new CSP hashes after a rebuild under the running server, without a restart', async () => {
  const root = createExportFixture();
  const server = await listen(0, root);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const before = (await fetch(`${base}/`)).headers.get('content-security-policy') ?? '';
    expect(before).toContain(cspHash(FIXTURE.inlineStyle));
    const page = path.join(root, 'index.html');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace(FIXTURE.inlineStyle, 'body{color:#321}'));
    // What postbuild does last: rewrite _headers, whose modification time tells the server to read again.
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(root, '_headers'), later, later);
    const after = (await fetch(`${base}/`)).headers.get('content-security-policy') ?? '';
    expect(after).toContain(cspHash('body{color:#321}'));
    expect(after).not.toBe(before);
  } finally {
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
