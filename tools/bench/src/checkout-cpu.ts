import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';

/** CPU time spent per order, in microseconds, by each side of a run. */
export interface CpuPerOrder {
  /** the API process (0 for the plain-SQL baseline, which has none) */
  server: number;
  /** the PostgreSQL backends serving the run's connections */
  database: number;
  /** this process: the load generator, or the baseline's own pg client */
  client: number;
}

let ticksPerSecond: number | undefined;

/** CPU time a process has used so far, in ms; null where /proc is not there (not Linux) or it has gone. */
function processCpuMs(pid: number): number | null {
  try {
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

/**
 * Runs `work` (which returns how many orders it made) and measures what they cost in CPU. On a
 * shared machine orders per second move with everyone else's load; the CPU an order costs each
 * process moves much less, so it says where an order's time goes. The backends of
 * `applicationName` connections to the database are sampled every 200 ms, so one that its pool
 * closes during the run counts up to its last sample.
 */
export async function measureCpu<T extends { created: number }>(
  databaseUrl: string,
  applicationName: string,
  serverPid: number | undefined,
  work: () => Promise<T>,
): Promise<{ result: T; cpu: CpuPerOrder | null }> {
  const watcher = new Client({ connectionString: databaseUrl, application_name: 'bench-cpu-watch' });
  await watcher.connect();
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const sample = async () => {
    const { rows } = await watcher.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
      [applicationName],
    );
    for (const { pid } of rows) {
      const ms = processCpuMs(pid);
      if (ms === null) continue;
      if (!first.has(pid)) first.set(pid, ms);
      last.set(pid, ms);
    }
  };
  try {
    await sample();
    const server0 = serverPid ? processCpuMs(serverPid) : 0;
    const client0 = process.cpuUsage();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        await new Promise((r) => setTimeout(r, 200));
        await sample();
      }
    })();
    const result = await work();
    sampling = false;
    await sampler;
    await sample();
    const server1 = serverPid ? processCpuMs(serverPid) : 0;
    const client = process.cpuUsage(client0);
    if (server0 === null || server1 === null || !first.size || !result.created) return { result, cpu: null };
    let database = 0;
    for (const [pid, ms] of last) database += ms - (first.get(pid) ?? ms);
    const per = (ms: number) => Math.round((ms * 1000) / result.created);
    return {
      result,
      cpu: {
        server: per(server1 - server0),
        database: per(database),
        client: per((client.user + client.system) / 1000),
      },
    };
  } finally {
    await watcher.end();
  }
}
