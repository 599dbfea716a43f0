// `npm start`: builds the API and the web app when they changed (Nx caches both), then starts
// the API, which serves the web app on the same port. Without DATABASE_URL it starts an
// embedded PostgreSQL under .data/, migrates it and loads the demo data.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const MAIN = 'dist/apps/api/apps/api/src/main.js';
const t0 = Date.now();
const nx = process.platform === 'win32' ? 'nx.cmd' : 'nx';
const build = spawnSync(`node_modules/.bin/${nx}`, ['run-many', '-t', 'build', '-p', 'api,web', '--output-style=static'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
});
if (build.status !== 0 || !existsSync(MAIN)) {
  console.error('The build failed (see above). Run "npm ci" if dependencies are missing.');
  process.exit(build.status || 1);
}
console.log(`Built in ${((Date.now() - t0) / 1000).toFixed(1)} s; starting…`);
const api = spawn(process.execPath, [MAIN], { stdio: 'inherit', env: { NODE_ENV: 'production', ...process.env } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
