/** a ÷ b for non-negative BigInts, rounded half up. */
const divideHalfUp = (numerator: bigint, denominator: bigint): bigint => (numerator * 2n + denominator) / (denominator * 2n);

function wholeFen(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be whole fen`);
  return BigInt(value);
}

function basisPoints(rate: number): bigint {
  if (!Number.isSafeInteger(rate) || rate < 0) throw new RangeError('rate must be whole basis points');
  return BigInt(rate);
}

/**
 * What a fixed dividend pays in a year: investment × rate, the rate in basis points (8 % = 800),
 * in fen, rounded half up to the fen. The fungi park: 20,000,000 yuan × 8 % = 1,600,000 yuan.
 */
export function dividendFen(investmentFen: number, rateBasisPoints: number): number {
  return Number(divideHalfUp(wholeFen(investmentFen, 'investment') * basisPoints(rateBasisPoints), 10_000n));
}

/**
 * Per-capita income uplift from a fixed dividend on an investment:
 * amount × rate ÷ persons, in fen, rounded half up to the fen.
 * The fungi park: 20,000,000 yuan × 8 % ÷ 3,145 persons = 508.74 yuan a year.
 */
export function dividendPerPersonFen(investmentFen: number, ratePercentBasisPoints: number, persons: number): number {
  const investment = wholeFen(investmentFen, 'investment');
  const rate = basisPoints(ratePercentBasisPoints);
  if (!Number.isSafeInteger(persons) || persons <= 0) throw new RangeError('persons must be a positive whole number');
  // one division of the exact product, so the rate is never rounded before sharing it out
  return Number(divideHalfUp(investment * rate, 10_000n * BigInt(persons)));
}

/**
 * An amount paid (wages, land rent, produce bought, a dividend) shared by persons: amount ÷
 * persons in fen, rounded half up to the fen. Null when nobody shares it (no persons linked),
 * since an uplift per person of nobody is not a figure to report.
 */
export function perCapitaFen(amountFen: number, persons: number): number | null {
  const amount = wholeFen(amountFen, 'amount');
  if (!Number.isSafeInteger(persons) || persons < 0) throw new RangeError('persons must be a whole number, not negative');
  if (persons === 0) return null;
  return Number(divideHalfUp(amount, BigInt(persons)));
}
