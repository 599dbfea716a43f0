import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInConsole } from '../testing/render-admin';
import { auditDiff } from './audit-diff';
import { auditApiParams, auditFilterFromParams } from './audit-filter';
import { AuditDiff } from './audit-page';

describe('an audit row’s before and after', () => {
  it('compares field by field, nested fields by path, and marks what changed, was added or removed', () => {
    expect(
      auditDiff(
        { status: 'awaiting_payment', paidFen: 0, address: { city: '黔东南', street: '旧州' }, note: 'x' },
        { status: 'paid', paidFen: 25_600, address: { city: '黔东南', street: '旧州' }, reference: 'BANK-1' },
      ),
    ).toEqual([
      { field: 'status', before: 'awaiting_payment', after: 'paid', change: 'changed' },
      { field: 'paidFen', before: '0', after: '25600', change: 'changed' },
      { field: 'address.city', before: '黔东南', after: '黔东南', change: 'same' },
      { field: 'address.street', before: '旧州', after: '旧州', change: 'same' },
      { field: 'note', before: 'x', after: null, change: 'removed' },
      { field: 'reference', before: null, after: 'BANK-1', change: 'added' },
    ]);
  });

  it('takes a missing before (a creation) and values that are not objects', () => {
    expect(auditDiff(null, { role: 'admin', tags: ['a'] })).toEqual([
      { field: 'role', before: null, after: 'admin', change: 'added' },
      { field: 'tags', before: null, after: '["a"]', change: 'added' },
    ]);
    expect(auditDiff(3, 4)).toEqual([{ field: 'value', before: '3', after: '4', change: 'changed' }]);
    expect(auditDiff(null, null)).toEqual([]);
  });

  it('shows the comparison side by side, in either language', async () => {
    await renderInConsole(
      <AuditDiff before={{ status: 'pending', reason: null }} after={{ status: 'approved', commissionBps: 500 }} />,
      { language: 'en' },
    );
    const table = await screen.findByTestId('audit-diff');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'status (changed)pendingapproved',
      'reason (removed)null—',
      'commissionBps (added)—500',
    ]);
    expect(rows[0]).toHaveAttribute('data-change', 'changed');
  });

  it('says so when the row recorded nothing', async () => {
    await renderInConsole(<AuditDiff before={null} after={null} />);
    expect(await screen.findByText('这条记录没有改动前后的内容。')).toBeInTheDocument();
  });
});

describe('the audit filters', () => {
  it('asks for whole Beijing days, the last one included', () => {
    const filter = auditFilterFromParams(new URLSearchParams('from=2026-11-01&to=2026-11-30&action=order.refund&actor=nope'));
    expect(filter).toEqual({ from: '2026-11-01', to: '2026-11-30', action: 'order.refund' });
    expect(Object.fromEntries(auditApiParams(filter))).toEqual({
      action: 'order.refund',
      from: '2026-11-01T00:00:00+08:00',
      to: '2026-12-01T00:00:00+08:00',
    });
  });
});
