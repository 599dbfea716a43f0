import { describe, expect, it } from 'vitest';
import { indicators } from '../testing/fixtures';
import { groupIndicators, headlineIndicators } from './indicator-groups';

describe('indicator groups', () => {
  it('puts the headline figures first in their fixed order', () => {
    expect(headlineIndicators(indicators).map((i) => i.key)).toEqual(['aid_sales_fen', 'households_lifted']);
  });

  it('groups the rest by unit in the API order and leaves empty groups out', () => {
    expect(groupIndicators(indicators).map((g) => [g.id, g.indicators.map((i) => i.key)])).toEqual([
      ['headline', ['aid_sales_fen', 'households_lifted']],
      ['money', ['aid_funds_fen']],
      ['projects', ['aid_projects']],
      ['shares', ['industry_share_percent']],
    ]);
  });

  it('has no headline group when the figures are missing', () => {
    expect(groupIndicators(indicators.slice(3)).map((g) => g.id)).toEqual(['projects', 'shares']);
  });
});
