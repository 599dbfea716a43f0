import type { CertificateDto } from '@shanhai/shared/contracts';
import type { IsoDate } from '@shanhai/shared/domain';

export type CertificateStatus = 'valid' | 'revoked' | 'expired' | 'not_yet_valid' | 'not_valid';

/** The server's `validToday` decides validity; the dates only explain why a certificate is not valid. */
export function certificateStatus(cert: CertificateDto, today: IsoDate): CertificateStatus {
  if (cert.validToday) return 'valid';
  if (cert.revoked) return 'revoked';
  if (today > cert.validTo) return 'expired';
  if (today < cert.validFrom) return 'not_yet_valid';
  return 'not_valid';
}
