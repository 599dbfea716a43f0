import type { IsoDate } from './china-date';

/**
 * The rule for what counts as an aid-linked sale (消费帮扶), DOMAIN.md:
 * a certified product of a certified supplier, judged on the day of the sale.
 */

export interface AidCertificate {
  number: string;
  validFrom: IsoDate;
  validTo: IsoDate;
  revoked: boolean;
  /** when the certificate was revoked; a sale before that day still counted */
  revokedOn?: IsoDate | null;
}

export type SupplierStatus = 'pending' | 'approved' | 'rejected' | 'suspended';

export interface AidSupplier {
  status: SupplierStatus;
  creditCodeValid: boolean;
  /** the supplier is located in the partner county */
  inCounty: boolean;
  /** the supplier declared at least one mechanism that benefits registered households */
  hasBenefitMechanism: boolean;
}

export type IneligibleReason =
  | 'no_certificate'
  | 'certificate_not_yet_valid'
  | 'certificate_expired'
  | 'certificate_revoked'
  | 'supplier_not_approved'
  | 'supplier_suspended'
  | 'supplier_credit_code_invalid'
  | 'supplier_outside_county'
  | 'supplier_without_benefit_mechanism';

export type AidEligibility = { eligible: true } | { eligible: false; reasons: IneligibleReason[] };

/** Whether a certificate covers a day: inside [validFrom, validTo] and not revoked by then. */
export function certificateValidOn(cert: AidCertificate | null | undefined, day: IsoDate): boolean {
  return certificateProblem(cert, day) === null;
}

function certificateProblem(cert: AidCertificate | null | undefined, day: IsoDate): IneligibleReason | null {
  if (!cert) return 'no_certificate';
  if (cert.revoked && (!cert.revokedOn || cert.revokedOn <= day)) return 'certificate_revoked';
  if (day < cert.validFrom) return 'certificate_not_yet_valid';
  if (day > cert.validTo) return 'certificate_expired';
  return null;
}

/** Judges a sale on `saleDay`. Every failing condition is reported, not only the first. */
export function aidEligibility(
  cert: AidCertificate | null | undefined,
  supplier: AidSupplier,
  saleDay: IsoDate,
): AidEligibility {
  const reasons: IneligibleReason[] = [];
  const certIssue = certificateProblem(cert, saleDay);
  if (certIssue) reasons.push(certIssue);
  if (supplier.status === 'suspended') reasons.push('supplier_suspended');
  else if (supplier.status !== 'approved') reasons.push('supplier_not_approved');
  if (!supplier.creditCodeValid) reasons.push('supplier_credit_code_invalid');
  if (!supplier.inCounty) reasons.push('supplier_outside_county');
  if (!supplier.hasBenefitMechanism) reasons.push('supplier_without_benefit_mechanism');
  return reasons.length === 0 ? { eligible: true } : { eligible: false, reasons };
}
