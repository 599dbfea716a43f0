/**
 * Per-capita income uplift from a fixed dividend on an investment:
 * amount × rate ÷ persons, in fen, rounded half up to the fen.
 * The fungi park: 20,000,000 yuan × 8 % ÷ 3,145 persons = 508.74 yuan a year.
 */
export function dividendPerPersonFen(investmentFen: number, ratePercentBasisPoints: number, persons: number): number {
  if (!Number.isSafeInteger(investmentFen) || investmentFen < 0) throw new RangeError('investment must be whole fen');
  if (!Number.isSafeInteger(ratePercentBasisPoints) || ratePercentBasisPoints < 0) throw new RangeError('rate must be whole basis points');
  if (!Number.isSafeInteger(persons) || persons <= 0) throw new RangeError('persons must be a positive whole number');
  // basis points: 8 % = 800; use BigInt so the product never loses precision
  const numerator = BigInt(investmentFen) * BigInt(ratePercentBasisPoints);
  const denominator = 10_000n * BigInt(persons);
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}
