/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters
 * from a 31-character alphabet (no I, O, S, V, Z); the last is a check character
 * computed from the first 17 with fixed weights, modulo 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'length' | 'characters' | 'check';

/** The check character for the first 17 characters of a code. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError('need exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`character not allowed: ${first17[i]}`);
    sum += value * WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check];
}

/** Why a code is not valid, or null when it is. Lower-case input is accepted. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  const c = code.trim().toUpperCase();
  if (c.length !== 18) return 'length';
  if (!SHAPE.test(c)) return 'characters';
  return creditCodeCheckCharacter(c.slice(0, 17)) === c[17] ? null : 'check';
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}

/** Builds a valid code from its 17-character body (used to make demo codes). */
export function withCreditCodeCheck(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}

/** The six-digit administrative division code inside a credit code (e.g. 522622 for Huangping). */
export function creditCodeDivision(code: string): string {
  return code.trim().toUpperCase().slice(2, 8);
}
