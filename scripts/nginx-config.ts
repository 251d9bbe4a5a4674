/**
 * `npm run nginx:config -- [export] [--root DIR] [--out FILE] [--no-brotli]`: writes nginx's site file for
 * an export (default out/) to FILE, or prints it. --root is where the export will be on the server, when
 * that is not where it was built. Production includes the file from deploy/nginx/policy-portal.conf.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { nginxSite } from './deploy/nginx.ts';
import { readSitePolicy } from './deploy/site-policy.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string' },
    out: { type: 'string' },
    'no-brotli': { type: 'boolean', default: false },
  },
});

const policy = readSitePolicy(positionals[0] ?? 'out');
const text = nginxSite(policy, { root: values.root, brotli: !values['no-brotli'] });
if (values.out) {
  fs.writeFileSync(values.out, text);
  console.error(`wrote ${values.out} for ${values.root ?? policy.root}`);
} else process.stdout.write(text);
