import { AidAdjustmentSchema, type AidAdjustmentRequest } from '@shanhai/shared/contracts';
import { parseYuanToFen } from '@shanhai/shared/domain';

export interface AdjustmentInput {
  amount: string;
  reason: string;
  channel: string;
}

export type AdjustmentProblems = Partial<Record<'amount' | 'reason' | 'channel', string>>;

/**
 * The adjustment form's text to a request: the amount typed in yuan (a minus sign reduces) becomes
 * exact fen; the contract's schema then checks what the API will check, so the reader sees the
 * problem before anything is sent. Problems are message keys of the periods namespace.
 */
export function toAdjustmentRequest(
  input: AdjustmentInput,
): { ok: true; request: AidAdjustmentRequest } | { ok: false; problems: AdjustmentProblems } {
  const problems: AdjustmentProblems = {};
  const fen = parseYuanToFen(input.amount);
  if (input.amount.trim() === '') problems.amount = 'validation.amountRequired';
  else if (fen === null) problems.amount = 'validation.amountInvalid';
  else if (fen === 0) problems.amount = 'validation.amountZero';
  const parsed = AidAdjustmentSchema.safeParse({
    amountFen: fen ?? 1,
    reason: input.reason,
    channel: input.channel,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'reason')
        problems.reason =
          input.reason.trim() === '' ? 'validation.reasonRequired' : 'validation.reasonLength';
      if (field === 'channel') problems.channel = 'validation.channelRequired';
      if (field === 'amountFen' && !problems.amount) problems.amount = 'validation.amountTooLarge';
    }
  }
  if (Object.keys(problems).length > 0 || !parsed.success || fen === null) return { ok: false, problems };
  return { ok: true, request: { ...parsed.data, amountFen: fen } };
}

/** Months that have ended and are not closed yet, latest first: what may be closed today. */
export function closableMonths(today: string, closed: readonly string[], count = 12): string[] {
  const [y, m] = today.slice(0, 7).split('-').map(Number);
  const months: string[] = [];
  for (let i = 1; months.length < count && i <= 120; i++) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    const month = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    if (!closed.includes(month)) months.push(month);
  }
  return months;
}
