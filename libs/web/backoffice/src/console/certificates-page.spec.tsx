import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CertificateSubmissionDto } from '@shanhai/shared/contracts';
import { adminSession } from '../testing/fixtures';
import { FIRST_RENDER, renderAdmin } from '../testing/render-admin';
import { stubApi } from '../testing/stub-api';
import { modalTitled } from './console-spec-helpers';

const inForce: CertificateSubmissionDto = {
  submissionId: '6c7d8e9f-7777-4aaa-8bbb-000000000007',
  certificateId: '6c7d8e9f-8888-4aaa-8bbb-000000000008',
  productId: '2b3c4d5e-5555-4eee-8fff-000000000006',
  productName: { zh: '林下有机茶礼盒', en: 'Under-forest tea gift box' },
  cooperativeSlug: 'lebainian-health',
  number: '黔扶认〔2026〕0042',
  issuer: '黄平县农业农村局(示例)',
  validFrom: '2026-01-01',
  validTo: '2026-12-15',
  scanUrl: '/media/certificates/0042.pdf',
  status: 'approved',
  reason: null,
  submittedAt: '2025-12-20T02:00:00.000Z',
  reviewedAt: '2025-12-22T02:00:00.000Z',
};

describe('certificates', { timeout: 60_000 }, () => {
  it('lists those expiring within 30 days with their scan, and revokes one only with a reason', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      'GET /api/admin/certificates': [inForce],
      [`POST /api/admin/aid-certificates/${inForce.certificateId}/revoke`]: { ...inForce, status: 'revoked' },
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/certificates?status=expiring', language: 'en' });
    const scan = await screen.findByRole('link', { name: 'Open the scan' }, FIRST_RENDER);
    expect(scan).toHaveAttribute('href', '/media/certificates/0042.pdf');
    expect(api.sent('GET /api/admin/certificates')[0].url.searchParams.get('status')).toBe('expiring');
    const row = scan.closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('黔扶认〔2026〕0042');

    await user.click(within(row).getByRole('button', { name: 'Revoke' }));
    const dialog = await modalTitled('Revoke certificate 黔扶认〔2026〕0042');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(await within(dialog).findByText('Give a reason.')).toBeInTheDocument();
    expect(api.sent(`POST /api/admin/aid-certificates/${inForce.certificateId}/revoke`)).toEqual([]);

    await user.type(within(dialog).getByLabelText('Reason'), 'The product no longer comes from the listed village');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() =>
      expect(api.sent(`POST /api/admin/aid-certificates/${inForce.certificateId}/revoke`)).toHaveLength(1),
    );
    expect(api.sent(`POST /api/admin/aid-certificates/${inForce.certificateId}/revoke`)[0].body).toEqual({
      reason: 'The product no longer comes from the listed village',
    });
  });
});
