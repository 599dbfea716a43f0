import { describe, expect, it } from 'vitest';
import { orderFilterFromParams, orderFilterToParams, orderSearchParams } from './order-search';

describe('order search filters in the address', () => {
  it('reads every filter the API takes from the address', () => {
    const filter = orderFilterFromParams(
      new URLSearchParams(
        'number=SH20261129&phone=1380&status=paid&cooperative=langdong-fungi-park&from=2026-11-01&to=2026-11-30&page=3',
      ),
    );
    expect(filter).toEqual({
      number: 'SH20261129',
      phone: '1380',
      status: 'paid',
      cooperative: 'langdong-fungi-park',
      from: '2026-11-01',
      to: '2026-11-30',
      page: 3,
    });
  });

  it('leaves out what the API would refuse: an unknown status, a date that is not YYYY-MM-DD, a bad page', () => {
    expect(
      orderFilterFromParams(new URLSearchParams('status=lost&from=1/11/2026&to=2026-11-3&page=-2&phone=%20%20')),
    ).toEqual({ page: 1 });
    expect(orderFilterFromParams(new URLSearchParams('page=2.5')).page).toBe(1);
  });

  it('writes only the filters that are set, and the page only after the first', () => {
    expect(orderFilterToParams({ phone: ' 1380 ', status: 'refunded', number: '', page: 1 }).toString()).toBe(
      'phone=1380&status=refunded',
    );
    expect(orderFilterToParams({ from: '2026-11-01', page: 2 }).toString()).toBe('from=2026-11-01&page=2');
  });

  it('goes to the address and back unchanged', () => {
    const address = 'number=SH1&phone=1380&status=paid&cooperative=lebainian-health&from=2026-11-01&to=2026-11-30&page=4';
    expect(orderFilterToParams(orderFilterFromParams(new URLSearchParams(address))).toString()).toBe(address);
  });

  it('asks the API for the page and 50 a page', () => {
    expect(orderSearchParams({ status: 'paid', page: 1 }).toString()).toBe('status=paid&page=1&pageSize=50');
  });
});
