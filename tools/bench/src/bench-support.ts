import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const WORKSPACE = path.resolve(__dirname, '../../../../../..');
export const API_MAIN = path.join(WORKSPACE, 'dist/apps/api/apps/api/src/main.js');
export const API_CLI = path.join(WORKSPACE, 'dist/apps/api/apps/api/src/cli.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh database on the server of DATABASE_URL (default: the local one at 127.0.0.1:5432). */
export async function freshDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  admin.pathname = '/postgres';
  const name = `shanhai_bench_${label}_${Date.now().toString(36)}`;
  await exec(admin.toString(), `CREATE DATABASE "${name}"`);
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => exec(admin.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export async function exec(url: string, sql: string, values: unknown[] = []): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql, values);
  } finally {
    await c.end();
  }
}

export function runNode(script: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn(process.execPath, [script, ...args], { cwd: WORKSPACE, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited ${code}:\n${out}`))));
  });
}

/**
 * Starts a server process and waits until it says it listens and `healthPath` answers 200. On a
 * shared machine another process may take the free port first: then the server exits with
 * EADDRINUSE (and the health check would reach someone else's server), so it starts again on another.
 */
export async function startServer(script: string, env: Record<string, string>, healthPath: string): Promise<{ url: string; child: ChildProcess }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOnce(script, env, healthPath);
    } catch (error) {
      if (attempt >= 3 || !/EADDRINUSE/.test(String(error))) throw error;
    }
  }
}

async function startServerOnce(script: string, env: Record<string, string>, healthPath: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, [script], {
    cwd: WORKSPACE,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // the server's own log, for anything unexpected during a run
  const log = path.join(WORKSPACE, 'dist/bench', `${path.basename(script, '.js')}-${port}.log`);
  mkdirSync(path.dirname(log), { recursive: true });
  child.stdout?.on('data', (d) => {
    out += d;
    appendFileSync(log, d);
  });
  child.stderr?.on('data', (d) => {
    out += d;
    appendFileSync(log, d);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited:\n${out}`);
    // the API's start-up line, or the bare server's "ready": only then is the port its own
    const listening = /is running|^ready$/m.test(out);
    try {
      if (listening && (await fetch(url + healthPath)).status === 200) return { url, child };
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) throw new Error(`${script} not ready in 30 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export interface LoadResult {
  requestsPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** autocannon against a set of paths, round robin, after a short warm-up. */
export async function load(url: string, paths: string[], connections: number, seconds: number): Promise<LoadResult> {
  const run = (duration: number) =>
    autocannon({
      url,
      connections,
      duration,
      requests: paths.map((p) => ({ method: 'GET' as const, path: p })),
    });
  await run(Math.max(1, Math.round(seconds / 4)));
  const r = await run(seconds);
  return {
    requestsPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

export function machine(): string {
  // the load average says how busy the shared cores were when the run started
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`;
}

/** Replaces the section between `<!-- bench:NAME -->` markers in docs/benchmarks.md (appends it when absent). */
export function recordSection(name: string, markdown: string): void {
  const file = path.join(WORKSPACE, 'docs/benchmarks.md');
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  doc = i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, doc);
}

export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
