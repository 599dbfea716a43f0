import { assertFen, formatFen } from '@shanhai/shared/domain';
import type { Locale } from '@shanhai/shared/contracts';

// 1 万元 = 10,000 yuan = 1,000,000 fen; two decimals of 万元 are 10,000 fen (100 yuan).
const FEN_PER_WAN = 1_000_000;
const FEN_PER_WAN_HUNDREDTH = 10_000;

/** An amount in fen, exactly, with ¥ and thousands separators: 5207390000 → "¥52,073,900.00". */
export function formatYuan(fen: number): string {
  return formatFen(fen);
}

/**
 * An amount in 万元 with two decimals, from integer fen (no floating point): exact when the amount
 * is a whole number of 0.01 万元 (100 yuan), else rounded half away from zero and `exact: false`.
 * 5207390000 → { value: '5,207.39', exact: true }; 5207395100 → { value: '5,207.40', exact: false }.
 */
export function toWan(fen: number): { value: string; exact: boolean } {
  assertFen(fen);
  const abs = Math.abs(fen);
  const remainder = abs % FEN_PER_WAN_HUNDREDTH;
  const hundredths =
    (abs - remainder) / FEN_PER_WAN_HUNDREDTH + (remainder * 2 >= FEN_PER_WAN_HUNDREDTH ? 1 : 0);
  // formatFen writes a number of hundredths with two decimals: the hundredths of 万元 here
  const value = formatFen(fen < 0 && hundredths > 0 ? -hundredths : hundredths, { symbol: false });
  return { value, exact: remainder === 0 };
}

/** How a headline figure is written: the main text, and the exact amount beside it when they differ. */
export interface HeadlineMoney {
  /** '5,207.39 万元' or '¥52,073,900.00' (the unit word is added by the caller's translation) */
  value: string;
  unit: 'wan' | 'yuan';
  /** the main text rounds the amount (shown as "about …") */
  approximate: boolean;
  /** always the exact ¥ amount */
  exact: string;
}

/**
 * A headline amount the way each language reads it: Chinese reports write large sums in 万元
 * (from 1 万元 up), English in ¥. The exact ¥ figure always goes with it.
 */
export function headlineMoney(fen: number, locale: Locale): HeadlineMoney {
  const exact = formatYuan(fen);
  if (locale === 'zh-CN' && Math.abs(fen) >= FEN_PER_WAN) {
    const wan = toWan(fen);
    return { value: wan.value, unit: 'wan', approximate: !wan.exact, exact };
  }
  return { value: exact, unit: 'yuan', approximate: false, exact };
}

/** A short axis label for a chart's amount axis (yuan as a float, display only): 52073900 → '5,207万' / '¥52.1M'. */
export function axisYuanLabel(yuan: number, locale: Locale): string {
  if (locale === 'zh-CN') {
    if (Math.abs(yuan) >= 10_000)
      return `${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(yuan / 10_000)}万`;
    return new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }).format(yuan);
  }
  return `¥${new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(yuan)}`;
}

/** A ratio as a whole percentage for a progress bar, capped at 100: 45/60 → 75. */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((part * 100) / whole)));
}
