import { useTranslation } from 'react-i18next';

/** Marks a product whose aid certificate (消费帮扶认定) is valid today. */
export function AidBadge() {
  const { t } = useTranslation('common');
  return (
    <span className="badge badge--aid" title={t('aidBadge.title')}>
      {t('aidBadge.text')}
    </span>
  );
}
