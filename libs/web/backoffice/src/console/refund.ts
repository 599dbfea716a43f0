import { parseYuanToFen } from '@shanhai/shared/domain';
import type { OrderLineDto } from '@shanhai/shared/contracts';

/** What can still be refunded on a line: its total less what was refunded already. */
export function refundableFen(line: Pick<OrderLineDto, 'lineTotalFen' | 'refundedFen'>): number {
  return Math.max(0, line.lineTotalFen - line.refundedFen);
}

export type RefundAmount = { ok: true; fen: number } | { ok: false; problem: 'format' | 'zero' | 'tooMuch' };

/** A refund amount typed in yuan for one line: at most two decimals, more than nothing, at most what is left. */
export function refundAmount(
  text: string,
  line: Pick<OrderLineDto, 'lineTotalFen' | 'refundedFen'>,
): RefundAmount {
  const fen = parseYuanToFen(text);
  if (fen === null || fen < 0) return { ok: false, problem: 'format' };
  if (fen === 0) return { ok: false, problem: 'zero' };
  if (fen > refundableFen(line)) return { ok: false, problem: 'tooMuch' };
  return { ok: true, fen };
}

/** A reason the API will take: 3 to `max` characters once trimmed (the cooperative or customer reads it). */
export function reasonProblem(text: string, max = 500): 'required' | 'short' | 'long' | null {
  const trimmed = text.trim();
  if (!trimmed) return 'required';
  if (trimmed.length < 3) return 'short';
  if (trimmed.length > max) return 'long';
  return null;
}
