import { parseYuanToFen } from '@shanhai/shared/domain';
import { fenToYuanInput } from '@shanhai/web/shared';

/** The highest price a variant may have (the contract's limit): ¥1,000,000.00. */
export const MAX_PRICE_FEN = 100_000_000;

export type PriceProblem = 'required' | 'format' | 'min' | 'max';

/**
 * A price typed in yuan ("128", "128.5", "¥1,280.00") as whole fen, exactly (no floating point),
 * or the reason it is not a price a variant may have.
 */
export function priceFenOf(text: string | undefined): { fen: number } | { problem: PriceProblem } {
  if (text === undefined || text.trim() === '') return { problem: 'required' };
  const fen = parseYuanToFen(text);
  if (fen === null) return { problem: 'format' };
  if (fen < 1) return { problem: 'min' };
  if (fen > MAX_PRICE_FEN) return { problem: 'max' };
  return { fen };
}

/** A price in fen as the yuan a person edits: 12850 → "128.5". */
export function yuanInputOf(fen: number): string {
  return fenToYuanInput(fen);
}
