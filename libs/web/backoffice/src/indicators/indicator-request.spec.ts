import { describe, expect, it } from 'vitest';
import { problemsFromServer, toIndicatorRequest, type IndicatorFormValues } from './indicator-request';

const target: IndicatorFormValues = {
  kind: 'target',
  key: 'aid_sales_target_2026',
  labelZh: '2026 年消费帮扶销售目标',
  labelEn: 'Consumption-aid sales target 2026',
  unit: 'fen',
  value: '60,000,000.5',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  source: '拱墅区东西部协作工作计划(示例)',
};

describe('toIndicatorRequest', () => {
  it('sends money typed in yuan as whole fen, exactly', () => {
    expect(toIndicatorRequest(target)).toEqual({
      ok: true,
      request: { ...target, value: 6_000_000_050 },
    });
    const reported = toIndicatorRequest({ ...target, kind: 'reported', value: '52073900.00' });
    expect(reported.ok && reported.request.value).toBe(5_207_390_000);
  });

  it('sends counts and percentages as numbers', () => {
    const households = toIndicatorRequest({ ...target, unit: 'people', value: '1742' });
    expect(households.ok && households.request.value).toBe(1742);
    const share = toIndicatorRequest({ ...target, unit: 'percent', value: '95.33' });
    expect(share.ok && share.request.value).toBe(95.33);
  });

  it('says what is wrong with each field, by the contract’s schema', () => {
    expect(
      toIndicatorRequest({
        ...target,
        key: 'Aid Sales',
        labelEn: ' ',
        value: '12.345',
        periodStart: '2026-02-30x',
        source: 'x',
      }),
    ).toEqual({
      ok: false,
      problems: {
        key: { code: 'invalid' },
        labelEn: { code: 'required' },
        value: { code: 'money' },
        periodStart: { code: 'invalid' },
        source: { code: 'required' },
      },
    });
    expect(toIndicatorRequest({ ...target, unit: 'count', value: 'many' })).toEqual({
      ok: false,
      problems: { value: { code: 'number' } },
    });
    expect(toIndicatorRequest({ ...target, value: '' })).toEqual({
      ok: false,
      problems: { value: { code: 'required' } },
    });
    expect(toIndicatorRequest({ ...target, labelZh: '长'.repeat(201) })).toEqual({
      ok: false,
      problems: { labelZh: { code: 'tooLong', limit: 200 } },
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(toIndicatorRequest({ ...target, periodEnd: '2025-12-31' })).toEqual({
      ok: false,
      problems: { periodEnd: { code: 'invalid' } },
    });
  });
});

describe('problemsFromServer', () => {
  it('marks the form’s fields and keeps the API’s words for the rest', () => {
    expect(
      problemsFromServer({
        key: ['must be 3–80 lower-case letters, digits and underscores'],
        periodEnd: ['must not be before periodStart'],
        noteZh: ['must be at most 2,000 characters'],
      }),
    ).toEqual({
      problems: { key: { code: 'invalid' }, periodEnd: { code: 'invalid' } },
      other: ['noteZh: must be at most 2,000 characters'],
    });
    expect(problemsFromServer(undefined)).toEqual({ problems: {}, other: [] });
  });
});
