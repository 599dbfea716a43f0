import { aidEligibility, certificateValidOn, type AidCertificate, type AidSupplier } from './aid-eligibility';
import { chinaDate, isIsoDate, periodOf } from './china-date';

const cert: AidCertificate = { number: 'HP-2026-001', validFrom: '2026-01-01', validTo: '2026-06-30', revoked: false };
const supplier: AidSupplier = { status: 'approved', creditCodeValid: true, inCounty: true, hasBenefitMechanism: true };

describe('certificateValidOn', () => {
  it('holds on the first and the last day of the window', () => {
    expect(certificateValidOn(cert, '2026-01-01')).toBe(true);
    expect(certificateValidOn(cert, '2026-06-30')).toBe(true);
  });

  it('fails the day before and the day after', () => {
    expect(certificateValidOn(cert, '2025-12-31')).toBe(false);
    expect(certificateValidOn(cert, '2026-07-01')).toBe(false);
  });

  it('fails with no certificate', () => {
    expect(certificateValidOn(null, '2026-03-01')).toBe(false);
  });

  it('a certificate revoked after the sale still covered the sale', () => {
    const revoked = { ...cert, revoked: true, revokedOn: '2026-04-01' };
    expect(certificateValidOn(revoked, '2026-03-31')).toBe(true);
    expect(certificateValidOn(revoked, '2026-04-01')).toBe(false);
  });

  it('a revoked certificate with no date counts as revoked for every day', () => {
    expect(certificateValidOn({ ...cert, revoked: true }, '2026-03-01')).toBe(false);
  });
});

describe('aidEligibility', () => {
  it('is eligible inside the window with an approved supplier', () => {
    expect(aidEligibility(cert, supplier, '2026-03-15')).toEqual({ eligible: true });
  });

  it('reports an expired certificate', () => {
    expect(aidEligibility(cert, supplier, '2026-07-01')).toEqual({ eligible: false, reasons: ['certificate_expired'] });
  });

  it('reports a suspended supplier even with a valid certificate', () => {
    expect(aidEligibility(cert, { ...supplier, status: 'suspended' }, '2026-03-15')).toEqual({
      eligible: false,
      reasons: ['supplier_suspended'],
    });
  });

  it('reports a supplier not yet approved', () => {
    expect(aidEligibility(cert, { ...supplier, status: 'pending' }, '2026-03-15')).toEqual({
      eligible: false,
      reasons: ['supplier_not_approved'],
    });
  });

  it('reports every failing condition', () => {
    const result = aidEligibility(null, { status: 'rejected', creditCodeValid: false, inCounty: false, hasBenefitMechanism: false }, '2026-03-15');
    expect(result).toEqual({
      eligible: false,
      reasons: [
        'no_certificate',
        'supplier_not_approved',
        'supplier_credit_code_invalid',
        'supplier_outside_county',
        'supplier_without_benefit_mechanism',
      ],
    });
  });
});

describe('china dates', () => {
  it('puts 16:30 UTC on the next day in China', () => {
    expect(chinaDate(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01');
    expect(chinaDate(new Date('2026-06-30T15:59:59Z'))).toBe('2026-06-30');
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-6-1')).toBe(false);
  });

  it('gives the month as the period', () => {
    expect(periodOf('2026-11-29')).toBe('2026-11');
  });
});
