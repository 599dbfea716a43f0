import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@shanhai/web/shared';

export function NotFoundPage() {
  const { t } = useTranslation('storefront');
  return (
    <>
      <title>{t('notFound.title')}</title>
      <h1>{t('notFound.title')}</h1>
      <EmptyState title={t('notFound.message')}>
        <Link to="/" className="button">
          {t('notFound.home')}
        </Link>
      </EmptyState>
    </>
  );
}
