import { describe, expect, it } from 'vitest';
import { AidImportStatuses } from '@shanhai/shared/contracts';
import { ApiError } from '@shanhai/web/shared';
import { aidImport, readyRows } from '../testing/fixtures';
import {
  IMPORT_POLL_MS,
  importProgress,
  importStep,
  periodRange,
  pollInterval,
  sha256Hex,
  uploadRefusal,
} from './import-phase';

describe('polling an import', () => {
  it('asks again while the server parses or commits, and stops once it has finished', () => {
    const polled = AidImportStatuses.filter((status) => pollInterval(status) !== false);
    expect(polled).toEqual(['parsing', 'committing']);
    expect(pollInterval('parsing')).toBe(IMPORT_POLL_MS);
    for (const status of ['invalid', 'ready', 'committed', 'failed'] as const)
      expect(pollInterval(status)).toBe(false);
    // before the first answer the query has no data: nothing to poll for yet
    expect(pollInterval(undefined)).toBe(false);
  });

  it('counts progress in whole percent, unknown until rows are counted', () => {
    expect(importProgress({ rowsProcessed: 0, rowsTotal: 0 })).toBeNull();
    expect(importProgress({ rowsProcessed: 1, rowsTotal: 3 })).toBe(33);
    expect(importProgress({ rowsProcessed: 2_999, rowsTotal: 3_000 })).toBe(99);
    expect(importProgress({ rowsProcessed: 3_000, rowsTotal: 3_000 })).toBe(100);
  });
});

describe('importStep', () => {
  it('follows parsing → invalid | ready → committing → committed, and failed', () => {
    expect(importStep(aidImport({ status: 'parsing', rowsTotal: 200, rowsProcessed: 50 }))).toEqual({
      step: 'checking',
      percent: 25,
    });
    expect(
      importStep(
        aidImport({
          status: 'invalid',
          problemCount: 612,
          problems: Array.from({ length: 500 }, (_, i) => ({ line: i + 2, column: 'amount', message: 'x' })),
        }),
      ),
    ).toEqual({ step: 'fix', problemCount: 612, shown: 500 });
    expect(importStep(aidImport({ status: 'ready', ...readyRows }))).toEqual({
      step: 'review',
      canCommit: true,
    });
    expect(importStep(aidImport({ status: 'committing', ...readyRows, rowsProcessed: 1 }))).toEqual({
      step: 'committing',
      percent: 33,
    });
    expect(importStep(aidImport({ status: 'committed', ...readyRows, entriesWritten: 3 }))).toEqual({
      step: 'done',
      entriesWritten: 3,
    });
    expect(importStep(aidImport({ status: 'failed' }))).toEqual({ step: 'failed' });
  });

  it('offers no commit for a file without data rows', () => {
    expect(importStep(aidImport({ status: 'ready', rowsTotal: 0, rowsValid: 0 }))).toEqual({
      step: 'review',
      canCommit: false,
    });
  });
});

describe('uploadRefusal', () => {
  it('names each refusal of the upload by its status', () => {
    expect(uploadRefusal(new ApiError(409, 'AID_IMPORT_DUPLICATE', 'same file'))).toBe('duplicate');
    expect(uploadRefusal(new ApiError(413, 'HTTP_413', 'too large'))).toBe('tooLarge');
    expect(uploadRefusal(new ApiError(415, 'HTTP_415', 'wrong type'))).toBe('wrongType');
    expect(uploadRefusal(new ApiError(400, 'VALIDATION_FAILED', 'bad channel'))).toBe('invalid');
    expect(uploadRefusal(new ApiError(401, 'UNAUTHENTICATED', 'guest'))).toBe('signedOut');
    expect(uploadRefusal(new ApiError(500, 'INTERNAL_ERROR', 'oops'))).toBe('other');
    expect(uploadRefusal(new Error('not from the API'))).toBe('other');
  });
});

describe('periodRange and sha256Hex', () => {
  it('gives the first and last month of an import', () => {
    expect(periodRange(['2026-10', '2026-08', '2026-09'])).toEqual({ from: '2026-08', to: '2026-10' });
    expect(periodRange([])).toBeNull();
  });

  it('fingerprints a file as the API does (lowercase hex SHA-256 of its bytes)', async () => {
    expect(await sha256Hex(new Blob(['abc']))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
