import { CooperativeStatuses } from '@shanhai/shared/contracts';
import { cooperativeStatusAfter, type CooperativeAction } from './cooperative-status';

describe('cooperativeStatusAfter', () => {
  const table: [string, CooperativeAction, string | null][] = [
    ['pending', 'approve', 'approved'],
    ['pending', 'reject', 'rejected'],
    ['pending', 'suspend', null],
    ['pending', 'reinstate', null],
    ['approved', 'approve', null],
    ['approved', 'reject', null],
    ['approved', 'suspend', 'suspended'],
    ['approved', 'reinstate', null],
    ['rejected', 'approve', null],
    ['rejected', 'reject', null],
    ['rejected', 'suspend', null],
    ['rejected', 'reinstate', null],
    ['suspended', 'approve', null],
    ['suspended', 'reject', null],
    ['suspended', 'suspend', null],
    ['suspended', 'reinstate', 'approved'],
  ];

  it('covers every status and action', () => {
    expect(new Set(table.map((r) => r[0]))).toEqual(new Set(CooperativeStatuses));
    expect(table).toHaveLength(CooperativeStatuses.length * 4);
  });

  it.each(table)('%s --%s--> %s', (from, action, to) => {
    expect(cooperativeStatusAfter(from as never, action)).toBe(to);
  });
});
