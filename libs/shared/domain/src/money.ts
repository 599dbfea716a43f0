/**
 * Money is an integer number of fen (1/100 yuan) everywhere; these helpers are
 * the only places that turn fen into text or text into fen.
 */

export function assertFen(value: number): number {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`not a whole number of fen: ${value}`);
  }
  return value;
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 123450 → "¥1,234.50"; negative amounts keep their sign before the symbol. */
export function formatFen(fen: number, options: { symbol?: boolean } = {}): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${options.symbol === false ? '' : '¥'}${groupThousands(String(yuan))}.${cents}`;
}

/**
 * Parses a yuan amount written by a person ("1,234.5", "¥12", "5207.39") into fen,
 * without floating point. Returns null for anything that is not such an amount
 * or has more than two decimals.
 */
export function parseYuanToFen(text: string): number | null {
  const cleaned = text.trim().replace(/^[¥￥]/, '').replace(/,/g, '').trim();
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const [, minus, whole, frac = ''] = match;
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return minus ? -fen : fen;
}

/** Sums amounts in fen, refusing anything that is not a whole number. */
export function sumFen(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + assertFen(v), 0);
}
