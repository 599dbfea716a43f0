import { Injectable } from '@nestjs/common';
import type { HealthResponse } from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';

const STARTED = Date.now();
const PROBE_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(private readonly db: DataSource) {}

  async check(): Promise<HealthResponse> {
    const t0 = performance.now();
    let up = false;
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS).unref()),
      ]);
      up = true;
    } catch {
      up = false;
    }
    return {
      status: up ? 'ok' : 'degraded',
      database: { status: up ? 'up' : 'down', latencyMs: up ? Math.round((performance.now() - t0) * 10) / 10 : null },
      version: process.env['npm_package_version'] ?? '0.1.0',
      uptimeSeconds: Math.round((Date.now() - STARTED) / 1000),
    };
  }
}
