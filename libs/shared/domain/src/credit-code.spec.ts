import { creditCodeCheckCharacter, creditCodeDivision, creditCodeProblem, isValidCreditCode, withCreditCodeCheck } from './credit-code';

describe('unified social credit code', () => {
  // Published codes of well-known companies, used only as check-digit fixtures.
  it.each(['91350100M000100Y43', '91440300708461136T'])('accepts %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(isValidCreditCode(' 91350100m000100y43 ')).toBe(true);
  });

  it('finds a wrong check character', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check');
  });

  it('finds a wrong length', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('length');
  });

  it.each(['91350100M000100I43', '9135010OM000100Y43', 'Z1350100M000100Y43', '91A50100M000100Y43'])(
    'finds characters outside the alphabet or shape in %s',
    (code) => {
      expect(creditCodeProblem(code)).toBe('characters');
    },
  );

  it('builds valid demo codes for Huangping (522622)', () => {
    const code = withCreditCodeCheck('93522622MA6DXL7Q0');
    expect(code).toHaveLength(18);
    expect(isValidCreditCode(code)).toBe(true);
    expect(creditCodeDivision(code)).toBe('522622');
  });

  it('gives check value 0 when the weighted sum is a multiple of 31', () => {
    // Search a body whose check is '0' to pin the (31 - sum % 31) % 31 edge.
    let body = '';
    for (let n = 0; n < 1000 && !body; n++) {
      const candidate = `93522622${String(n).padStart(9, '0')}`;
      if (creditCodeCheckCharacter(candidate) === '0') body = candidate;
    }
    expect(body).not.toBe('');
    expect(isValidCreditCode(`${body}0`)).toBe(true);
  });
});
