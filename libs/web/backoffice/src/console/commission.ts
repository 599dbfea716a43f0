/** The most the API lets the platform take: 5000 basis points, 50 %. */
export const MAX_COMMISSION_BPS = 5000;

/** Basis points as a percentage, exactly (1 bp = 0.01 %): 500 → '5', 125 → '1.25', 50 → '0.5'. */
export function bpsToPercent(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const hundredths = String(Math.abs(bps % 100)).padStart(2, '0').replace(/0+$/, '');
  return hundredths ? `${whole}.${hundredths}` : String(whole);
}

/**
 * A percentage typed by an admin as basis points, without floating point: '5' → 500, '1.25' → 125,
 * '0.5 %' → 50. Null for anything else: more than two decimals, negative, or above 50 %.
 */
export function percentToBps(text: string): number | null {
  const match = /^(\d{1,2})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/\s*[%%]$/, ''));
  if (!match) return null;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bps <= MAX_COMMISSION_BPS ? bps : null;
}
