import type { AidImportDto, AidImportStatus } from '@shanhai/shared/contracts';
import { isApiError } from '@shanhai/web/shared';

/** How often an import being checked or committed is asked for again. */
export const IMPORT_POLL_MS = 1_000;

/** The server is still working on the file: parsing and checking it, or writing it to the ledger. */
export function isWorking(status: AidImportStatus | undefined): boolean {
  return status === 'parsing' || status === 'committing';
}

/** TanStack Query's refetch interval for an import: poll while the server works, never after. */
export function pollInterval(status: AidImportStatus | undefined): number | false {
  return isWorking(status) ? IMPORT_POLL_MS : false;
}

/** Rows checked so far as a whole percentage; unknown (no rows counted yet) is null. */
export function importProgress(dto: Pick<AidImportDto, 'rowsProcessed' | 'rowsTotal'>): number | null {
  if (dto.rowsTotal <= 0) return null;
  return Math.min(100, Math.floor((dto.rowsProcessed * 100) / dto.rowsTotal));
}

/** What the page offers next, from the import's status. */
export type ImportStep =
  | { step: 'checking'; percent: number | null }
  | { step: 'fix'; problemCount: number; shown: number }
  | { step: 'review'; canCommit: boolean }
  | { step: 'committing'; percent: number | null }
  | { step: 'done'; entriesWritten: number }
  | { step: 'failed' };

/**
 * The import's state machine as the page sees it: parsing → invalid (fix the file, upload again)
 * or ready (review, commit) → committing → committed; failed is final, nothing written.
 */
export function importStep(dto: AidImportDto): ImportStep {
  switch (dto.status) {
    case 'parsing':
      return { step: 'checking', percent: importProgress(dto) };
    case 'invalid':
      return { step: 'fix', problemCount: dto.problemCount, shown: dto.problems.length };
    case 'ready':
      return { step: 'review', canCommit: dto.rowsValid > 0 && dto.problemCount === 0 };
    case 'committing':
      return { step: 'committing', percent: importProgress(dto) };
    case 'committed':
      return { step: 'done', entriesWritten: dto.entriesWritten };
    case 'failed':
      return { step: 'failed' };
  }
}

/** Why an upload was refused, from the API's answer: the page says each in its own words. */
export type UploadRefusal = 'duplicate' | 'tooLarge' | 'wrongType' | 'invalid' | 'signedOut' | 'other';

export function uploadRefusal(error: unknown): UploadRefusal {
  if (!isApiError(error)) return 'other';
  switch (error.status) {
    case 409:
      return 'duplicate';
    case 413:
      return 'tooLarge';
    case 415:
      return 'wrongType';
    case 400:
      return 'invalid';
    case 401:
      return 'signedOut';
    default:
      return 'other';
  }
}

/** The periods of an import as a dashboard range: the first and last month. */
export function periodRange(periods: readonly string[]): { from: string; to: string } | null {
  if (periods.length === 0) return null;
  const sorted = [...periods].sort();
  return { from: sorted[0], to: sorted[sorted.length - 1] };
}

// Blob.arrayBuffer is missing from older browsers (Safari before 14) and from jsdom; FileReader is everywhere.
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** The lowercase hex SHA-256 of a file, as the API keeps it: finds the earlier upload of the same bytes. */
export async function sha256Hex(file: Blob): Promise<string | null> {
  // crypto.subtle exists only in secure contexts (https, localhost)
  if (!globalThis.crypto?.subtle) return null;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(await bytesOf(file)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
