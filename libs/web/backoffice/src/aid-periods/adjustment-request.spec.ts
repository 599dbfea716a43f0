import { describe, expect, it } from 'vitest';
import { closableMonths, toAdjustmentRequest } from './adjustment-request';

describe('the adjustment form', () => {
  it('turns yuan into exact fen, negative when it reduces', () => {
    expect(
      toAdjustmentRequest({
        amount: '-1,280.50',
        reason: 'late return of a gift box',
        channel: 'exhibition_centre',
      }),
    ).toEqual({
      ok: true,
      request: { amountFen: -128050, reason: 'late return of a gift box', channel: 'exhibition_centre' },
    });
    expect(
      toAdjustmentRequest({ amount: '0.1', reason: 'rounding in October', channel: 'online' }),
    ).toMatchObject({
      ok: true,
      request: { amountFen: 10 },
    });
  });

  it('says what is wrong before anything is sent', () => {
    expect(toAdjustmentRequest({ amount: '', reason: '', channel: '' })).toEqual({
      ok: false,
      problems: {
        amount: 'validation.amountRequired',
        reason: 'validation.reasonRequired',
        channel: 'validation.channelRequired',
      },
    });
    expect(toAdjustmentRequest({ amount: '12.345', reason: 'abc', channel: 'online' })).toEqual({
      ok: false,
      problems: { amount: 'validation.amountInvalid', reason: 'validation.reasonLength' },
    });
    expect(toAdjustmentRequest({ amount: '0.00', reason: 'nothing to correct', channel: 'online' })).toEqual({
      ok: false,
      problems: { amount: 'validation.amountZero' },
    });
    expect(
      toAdjustmentRequest({ amount: '2000000000', reason: 'a typo of many zeros', channel: 'online' }),
    ).toEqual({
      ok: false,
      problems: { amount: 'validation.amountTooLarge' },
    });
  });
});

describe('the months that may be closed', () => {
  it('are the ended ones, latest first, without those already closed', () => {
    expect(closableMonths('2026-11-29', ['2026-09'], 4)).toEqual([
      '2026-10',
      '2026-08',
      '2026-07',
      '2026-06',
    ]);
    expect(closableMonths('2026-01-05', [], 2)).toEqual(['2025-12', '2025-11']);
  });
});
