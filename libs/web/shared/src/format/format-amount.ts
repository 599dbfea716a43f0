import { formatFen } from '@shanhai/shared/domain';

export type FenScale = 'yi' | 'wan' | 'yuan';

const FEN_PER_WAN_HUNDREDTH = 10_000; // 0.01 万元 = 100 yuan
const FEN_PER_YI_HUNDREDTH = 100_000_000; // 0.01 亿元 = 1,000,000 yuan

/**
 * A large amount the way Chinese reports write it: in 亿元 or 万元 with two decimals, but only
 * when that loses nothing; otherwise in 元. 5207390000 fen → { scale: 'wan', value: '5,207.39' }.
 */
export function scaleFen(fen: number): { scale: FenScale; value: string } {
  const abs = Math.abs(fen);
  if (abs >= 100 * FEN_PER_YI_HUNDREDTH && fen % FEN_PER_YI_HUNDREDTH === 0) {
    return { scale: 'yi', value: formatFen(fen / FEN_PER_YI_HUNDREDTH, { symbol: false }) };
  }
  if (abs >= 100 * FEN_PER_WAN_HUNDREDTH && fen % FEN_PER_WAN_HUNDREDTH === 0) {
    return { scale: 'wan', value: formatFen(fen / FEN_PER_WAN_HUNDREDTH, { symbol: false }) };
  }
  return { scale: 'yuan', value: formatFen(fen, { symbol: false }) };
}

/** A whole or decimal number with the locale's grouping, up to two decimals. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
