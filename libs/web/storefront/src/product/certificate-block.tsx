import { useTranslation } from 'react-i18next';
import type { CertificateDto } from '@shanhai/shared/contracts';
import { chinaDate } from '@shanhai/shared/domain';
import { formatIsoDate, useLocale } from '@shanhai/web/shared';
import { certificateStatus } from './certificate-status';
import { PRODUCT_NS } from './product-messages';

export function CertificateBlock({ certificate }: { certificate: CertificateDto | null }) {
  const { t } = useTranslation(PRODUCT_NS);
  const locale = useLocale();
  const status = certificate ? certificateStatus(certificate, chinaDate()) : null;

  return (
    <section className="certificate" aria-labelledby="certificate-heading">
      <h2 id="certificate-heading">{t('certificate.title')}</h2>
      {certificate && status ? (
        <dl className="facts">
          <div>
            <dt>{t('certificate.number')}</dt>
            <dd>{certificate.number}</dd>
          </div>
          <div>
            <dt>{t('certificate.issuer')}</dt>
            <dd>{certificate.issuer}</dd>
          </div>
          <div>
            <dt>{t('certificate.validity')}</dt>
            <dd>
              {t('certificate.range', {
                from: formatIsoDate(certificate.validFrom, locale),
                to: formatIsoDate(certificate.validTo, locale),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('certificate.status')}</dt>
            <dd>
              <span
                className={status === 'valid' ? 'badge badge--aid' : 'badge badge--muted'}
                data-testid="certificate-status"
              >
                {t(`certificate.statuses.${status}`)}
              </span>
            </dd>
          </div>
        </dl>
      ) : (
        <p>{t('certificate.none')}</p>
      )}
      <p className="muted">{t('certificate.explainer')}</p>
    </section>
  );
}
