import { describe, expect, it } from 'vitest';
import type { CertificateDto } from '@shanhai/shared/contracts';
import { certificateStatus } from './certificate-status';

const cert: CertificateDto = {
  number: 'FP-1',
  issuer: '黄平县农业农村局',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  revoked: false,
  validToday: false,
};

describe('certificateStatus', () => {
  it('trusts the server for a valid certificate', () => {
    expect(certificateStatus({ ...cert, validToday: true }, '2026-06-01')).toBe('valid');
  });

  it('explains why a certificate is not valid', () => {
    expect(certificateStatus({ ...cert, revoked: true }, '2026-06-01')).toBe('revoked');
    expect(certificateStatus(cert, '2027-01-01')).toBe('expired');
    expect(certificateStatus(cert, '2025-12-31')).toBe('not_yet_valid');
    // Inside its dates but not valid per the server (e.g. the server's day has already moved on).
    expect(certificateStatus(cert, '2026-06-01')).toBe('not_valid');
  });
});
