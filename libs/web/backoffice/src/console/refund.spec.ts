import { describe, expect, it } from 'vitest';
import { reasonProblem, refundAmount, refundableFen } from './refund';

const line = { lineTotalFen: 25_600, refundedFen: 6_000 };

describe('a refund of one line', () => {
  it('can give back what the line cost less what was refunded already', () => {
    expect(refundableFen(line)).toBe(19_600);
    expect(refundableFen({ lineTotalFen: 100, refundedFen: 100 })).toBe(0);
  });

  it('takes an amount in yuan up to what is left, as whole fen', () => {
    expect(refundAmount('196', line)).toEqual({ ok: true, fen: 19_600 });
    expect(refundAmount('¥12.34', line)).toEqual({ ok: true, fen: 1_234 });
    expect(refundAmount('0.01', line)).toEqual({ ok: true, fen: 1 });
  });

  it('says what is wrong with any other amount', () => {
    expect(refundAmount('196.01', line)).toEqual({ ok: false, problem: 'tooMuch' });
    expect(refundAmount('0', line)).toEqual({ ok: false, problem: 'zero' });
    expect(refundAmount('1.234', line)).toEqual({ ok: false, problem: 'format' });
    expect(refundAmount('-5', line)).toEqual({ ok: false, problem: 'format' });
    expect(refundAmount('', line)).toEqual({ ok: false, problem: 'format' });
  });
});

describe('a reason', () => {
  it('is required, at least 3 characters once trimmed, and at most the API’s limit', () => {
    expect(reasonProblem('   ')).toBe('required');
    expect(reasonProblem(' 破 损 ')).toBeNull();
    expect(reasonProblem('破损')).toBe('short');
    expect(reasonProblem('x'.repeat(201), 200)).toBe('long');
    expect(reasonProblem('包装破损,买家拍照为证')).toBeNull();
  });
});
