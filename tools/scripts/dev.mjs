// `npm run dev`: the API rebuilt and restarted on change (tsc --watch + node --watch) and the
// web app on Vite's dev server with hot reload at http://localhost:4200 (it proxies /api and
// /media to the API on PORT, 3000 by default). The embedded PostgreSQL, when used, is started
// once here so API restarts are quick.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' };
const bin = (name) => `node_modules/.bin/${name}`;
const children = [];
const run = (cmd, args, extraEnv = {}) => {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  children.push(child);
  return child;
};

const first = spawnSync(bin('nx'), ['run', 'api:build', '--output-style=static'], { stdio: 'inherit', env });
if (first.status !== 0) process.exit(first.status || 1);

let databaseUrl = process.env.DATABASE_URL;
let embedded = null;
if (!databaseUrl) {
  const { startEmbeddedDatabase } = require('../../dist/apps/api/libs/api/platform/src/database/embedded-database.js');
  embedded = await startEmbeddedDatabase(process.env.DATA_DIR ?? '.data', Number(process.env.EMBEDDED_PG_PORT ?? 54329), console.log);
  databaseUrl = embedded.url;
}

run(bin('tsc'), ['-p', 'apps/api/tsconfig.app.json', '--watch', '--preserveWatchOutput']);
run(bin('tsc-alias'), ['-p', 'apps/api/tsconfig.app.json', '--watch']);
run(process.execPath, ['--watch', 'dist/apps/api/apps/api/src/main.js'], {
  DATABASE_URL: databaseUrl,
  MIGRATE_ON_START: process.env.MIGRATE_ON_START ?? 'true',
  SEED_DEMO: process.env.SEED_DEMO ?? 'true',
});
// the web app's dev server proxies /api and /media to the API on PORT
run(bin('vite'), ['-c', 'apps/web/vite.config.mts'], { API_PORT: process.env.PORT ?? '3000' });
console.log('Open http://localhost:4200/ (hot reload); the API answers on http://localhost:' + (process.env.PORT ?? '3000') + '/');

const stop = async () => {
  for (const c of children) c.kill('SIGTERM');
  if (embedded) await embedded.stop().catch(() => undefined);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
