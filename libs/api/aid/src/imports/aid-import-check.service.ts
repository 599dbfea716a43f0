import { Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { isConnectionError, OutboxWorker, q, type OutboxMessage } from '@shanhai/api/platform';
import { chinaDate } from '@shanhai/shared/domain';
import type { AidImportChannel } from '@shanhai/shared/contracts';
import { DataSource } from 'typeorm';
import { estimateCsvRows } from './import-file';
import { csvRows, UnreadableFileError, xlsxRows, type SheetRow } from './import-reader';
import { ImportRowChecker, mapHeader, ProblemLog, type Cell, type CooperativeRef, type ImportLookups, type StagedRow } from './import-row';

/** The outbox event an upload writes; its delivery checks the file. */
export const AID_IMPORT_UPLOADED = 'aid.import.uploaded';

/** Staged rows are written this many at a time, and progress is reported as often. */
export const STAGE_BATCH = 5000;
/** After this many failed deliveries the import is marked failed instead of retried again. */
const MAX_TRIES = 5;

interface ImportToCheck {
  id: string;
  channel: AidImportChannel;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  status: string;
}

/** The import was deleted (discarded) or finished by someone else while this check ran. */
class CheckAbandoned extends Error {}

const isBlank = (cells: readonly Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && !c.trim()));

/**
 * Checks uploaded files in the background, delivered by the outbox: each upload writes an event
 * in its own transaction, and the worker that claims the event (FOR UPDATE SKIP LOCKED, so one
 * process among several) reads the stored bytes, validates every row, stages the valid ones and
 * reports progress as it goes. The event is marked done only when the check finished, so a
 * process that dies mid-check leaves it to be delivered again; a new check starts by clearing
 * what an earlier attempt staged.
 */
@Injectable()
export class AidImportCheckService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('AidImport');
  private stopping = false;

  constructor(
    private readonly db: DataSource,
    private readonly outbox: OutboxWorker,
  ) {}

  onModuleInit(): void {
    this.outbox.on(AID_IMPORT_UPLOADED, (message) => this.deliver(message));
  }

  /** A long check stops at its next batch when the process is asked to stop; another delivery redoes it. */
  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  private async deliver(message: OutboxMessage): Promise<void> {
    try {
      await this.check(message.aggregateId);
    } catch (error) {
      if (error instanceof CheckAbandoned) return;
      // shutting down or the database going away is worth retrying; anything else fails the import after a few tries
      if (this.stopping || isConnectionError(error) || message.attempts + 1 < MAX_TRIES) throw error;
      this.logger.error(`import ${message.aggregateId} could not be checked: ${(error as Error).stack ?? String(error)}`);
      await q(
        this.db,
        `UPDATE aid_imports SET status = 'failed', error = $2, checked_at = now(),
           problems = jsonb_build_array(jsonb_build_object('line', 1, 'column', null, 'message', 'the file could not be checked; upload it again')),
           problem_count = 1
         WHERE id = $1 AND status = 'parsing'`,
        [message.aggregateId, String((error as Error).message).slice(0, 500)],
      );
    }
  }

  /** Checks one import's file from the start; returns how many rows were staged. */
  async check(importId: string): Promise<number> {
    const [imp] = await q<ImportToCheck>(this.db, 'SELECT id, channel, format, encoding, status FROM aid_imports WHERE id = $1', [importId]);
    if (!imp || imp.status !== 'parsing') return 0;
    const [file] = await q<{ bytes: Buffer }>(this.db, 'SELECT bytes FROM aid_import_files WHERE import_id = $1', [importId]);
    if (!file) throw new CheckAbandoned();
    // an earlier attempt that died half-way may have staged rows: start over
    await q(this.db, 'DELETE FROM aid_import_rows WHERE import_id = $1', [importId]);
    const estimate = imp.format === 'csv' ? estimateCsvRows(file.bytes) : 0;
    await this.progress(importId, 0, estimate);

    const problems = new ProblemLog();
    const rows = imp.format === 'xlsx' ? xlsxRows(file.bytes) : csvRows(file.bytes, imp.encoding === 'gb18030' ? 'gb18030' : 'utf-8');
    let seen = 0;
    try {
      seen = await this.checkRows(imp, rows, problems);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      problems.add({ line: error.line, column: null, message: error.message });
    }
    return this.finish(imp, seen, problems);
  }

  /** Reads the header, then checks and stages the rows batch by batch; returns how many data rows there were. */
  private async checkRows(imp: ImportToCheck, rows: AsyncGenerator<SheetRow>, problems: ProblemLog): Promise<number> {
    let checker: ImportRowChecker | null = null;
    let batch: StagedRow[] = [];
    let seen = 0;
    for await (const row of rows) {
      if (isBlank(row.cells)) continue;
      if (!checker) {
        // the first row with anything in it is the header
        const header = mapHeader(row.cells);
        header.problems.forEach((p) => problems.add(p));
        if (header.problems.length) {
          // rows cannot be read without their columns: count them and stop there
          for await (const r of rows) if (!isBlank(r.cells)) seen++;
          return seen;
        }
        checker = new ImportRowChecker(await this.lookups(), header, problems);
        continue;
      }
      seen++;
      const valid = checker.check(row.line, row.cells);
      if (valid) batch.push(valid);
      if (seen % STAGE_BATCH === 0) {
        await this.stage(imp, batch, problems);
        batch = [];
        await this.progress(imp.id, seen, seen);
      }
    }
    if (!checker) problems.add({ line: 1, column: null, message: 'the file has no header row' });
    await this.stage(imp, batch, problems);
    return seen;
  }

  /** What rows are checked against: cooperatives with their places, categories, closed months, today. */
  private async lookups(): Promise<ImportLookups> {
    const [cooperatives, categories, closed] = await Promise.all([
      q<{ id: string; slug: string; credit_code: string; status: string; township_slug: string | null; village_slug: string | null }>(
        this.db,
        `SELECT co.id, co.slug, co.credit_code, co.status, t.slug AS township_slug, v.slug AS village_slug
         FROM cooperatives co LEFT JOIN townships t ON t.id = co.township_id LEFT JOIN villages v ON v.id = co.village_id`,
      ),
      q<{ slug: string; name_zh: string; name_en: string }>(this.db, 'SELECT slug, name_zh, name_en FROM categories'),
      q<{ period: string }>(this.db, 'SELECT period FROM aid_periods'),
    ]);
    const byKey = new Map<string, CooperativeRef>();
    for (const c of cooperatives) {
      const ref = { id: c.id, slug: c.slug, status: c.status, townshipSlug: c.township_slug, villageSlug: c.village_slug };
      byKey.set(c.slug.toLowerCase(), ref);
      byKey.set(c.credit_code.toUpperCase(), ref);
    }
    const cats = new Map<string, string>();
    for (const c of categories) {
      cats.set(c.name_en.toLowerCase(), c.slug);
      cats.set(c.name_zh, c.slug);
      cats.set(c.slug.toLowerCase(), c.slug);
    }
    return { cooperatives: byKey, categories: cats, closedPeriods: new Set(closed.map((p) => p.period)), today: chinaDate() };
  }

  /**
   * Stages a batch of valid rows in one statement (arrays through unnest), leaving out those
   * whose reference the ledger already holds for the channel; those become problems.
   */
  private async stage(imp: ImportToCheck, batch: StagedRow[], problems: ProblemLog): Promise<void> {
    if (!batch.length) return;
    const prefix = `import:${imp.channel}:`;
    const known = await q<{ source_ref: string }>(this.db, 'SELECT source_ref FROM aid_ledger_entries WHERE source_ref = ANY($1::text[])', [
      batch.map((r) => prefix + r.reference),
    ]);
    let rows = batch;
    if (known.length) {
      const inLedger = new Set(known.map((k) => k.source_ref.slice(prefix.length)));
      rows = batch.filter((r) => !inLedger.has(r.reference));
      for (const r of batch) {
        if (inLedger.has(r.reference)) {
          problems.add({ line: r.line, column: 'reference', message: `"${r.reference}" is already in the ledger for ${imp.channel}` });
        }
      }
    }
    if (!rows.length) return;
    const col = <K extends keyof StagedRow>(k: K) => rows.map((r) => r[k]);
    const staged = await q<{ n: number }>(
      this.db,
      `WITH ins AS (
         INSERT INTO aid_import_rows (import_id, line, occurred_on, period, cooperative_id, township_slug, village_slug, category_slug, product, quantity, amount_fen, reference)
         SELECT $1, * FROM unnest($2::int[], $3::date[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::bigint[], $12::text[])
         WHERE EXISTS (SELECT 1 FROM aid_imports WHERE id = $1 AND status = 'parsing')
         RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [
        imp.id,
        col('line'),
        col('occurredOn'),
        col('period'),
        col('cooperativeId'),
        col('townshipSlug'),
        col('villageSlug'),
        col('categorySlug'),
        col('product'),
        col('quantity'),
        col('amountFen'),
        col('reference'),
      ],
    );
    if (staged[0].n !== rows.length) throw new CheckAbandoned();
  }

  private async progress(id: string, processed: number, total: number): Promise<void> {
    if (this.stopping) throw new Error('the API is shutting down: the check starts again on the next delivery');
    const rows = await q<{ id: string }>(
      this.db,
      `UPDATE aid_imports SET rows_processed = $2, rows_total = greatest(rows_total, $3, $2) WHERE id = $1 AND status = 'parsing' RETURNING id`,
      [id, processed, total],
    );
    if (!rows.length) throw new CheckAbandoned();
  }

  /** Totals from what was staged, and the verdict: `invalid` with any problem, else `ready`. */
  private async finish(imp: ImportToCheck, seen: number, problems: ProblemLog): Promise<number> {
    if (seen === 0 && problems.count === 0) problems.add({ line: 2, column: null, message: 'the file has no data rows' });
    const [done] = await q<{ rows_valid: number }>(
      this.db,
      `WITH staged AS (
         SELECT count(*)::int AS n, coalesce(sum(amount_fen), 0) AS fen, coalesce(array_agg(DISTINCT period ORDER BY period), '{}') AS periods
         FROM aid_import_rows WHERE import_id = $1)
       UPDATE aid_imports i SET status = CASE WHEN $3::int > 0 THEN 'invalid' ELSE 'ready' END,
         rows_total = $2, rows_processed = $2, rows_valid = staged.n, amount_fen = staged.fen, periods = staged.periods,
         problems = $4::jsonb, problem_count = $3, checked_at = now()
       FROM staged WHERE i.id = $1 AND i.status = 'parsing'
       RETURNING i.rows_valid`,
      [imp.id, seen, problems.count, JSON.stringify(problems.list())],
    );
    if (!done) throw new CheckAbandoned();
    return done.rows_valid;
  }
}
