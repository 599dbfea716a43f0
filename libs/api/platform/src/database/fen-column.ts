import type { ValueTransformer } from 'typeorm';

/**
 * Amounts are `bigint` columns of fen; pg returns bigint as a string, and 2^53 fen is far
 * beyond any total here, so map them to number and refuse anything that would lose precision.
 */
export const fenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null || value === undefined) return value;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`amount out of range: ${value}`);
    return n;
  },
};
