import { LRUCache } from 'lru-cache';

/**
 * A short-lived cache for public catalogue reads that every visitor shares (listing pages,
 * categories, the story). Each replica keeps its own for a couple of seconds: losing it loses
 * nothing, and a listing may show stock up to `ttlMs` old — checkout always re-reads stock.
 * Concurrent misses for the same key wait for one database query instead of each running it.
 */
export class ReadCache {
  private readonly cache: LRUCache<string, object, () => Promise<object>> | null;

  constructor(ttlMs: number, maxEntries = 2000) {
    this.cache =
      ttlMs > 0
        ? new LRUCache<string, object, () => Promise<object>>({
            max: maxEntries,
            ttl: ttlMs,
            fetchMethod: (_key, _stale, { context }) => context(),
          })
        : null;
  }

  async get<T extends object>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.cache) return load();
    return (await this.cache.fetch(key, { context: load })) as T;
  }
}

export const READ_CACHE = Symbol('READ_CACHE');
