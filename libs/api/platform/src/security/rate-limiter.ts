import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RateDecision {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL: one atomic upsert per hit, shared by every API process
 * (and present on a fresh machine with no Redis).
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly db: DataSource) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateDecision> {
    const rows: { count: number; retry: number }[] = await this.db.query(
      `INSERT INTO rate_limits (key, window_start, count) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE rate_limits.count + 1 END,
         window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => $2) THEN now() ELSE rate_limits.window_start END
       RETURNING count, ceil(extract(epoch FROM (window_start + make_interval(secs => $2) - now())))::int AS retry`,
      [key, windowSeconds],
    );
    const { count, retry } = rows[0];
    return { allowed: count <= limit, count, retryAfterSeconds: Math.max(1, retry) };
  }

  /** Forgets a key, e.g. an account's failures after a successful login. */
  async reset(key: string): Promise<void> {
    await this.db.query('DELETE FROM rate_limits WHERE key = $1', [key]);
  }
}
