import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, useCooperatives } from '@shanhai/web/shared';
import { COOPERATIVE_NS } from './cooperative-messages';
import { CooperativeGrid, CooperativeGridSkeleton } from './cooperative-card';

export function CooperativeListPage() {
  const { t } = useTranslation(COOPERATIVE_NS);
  const cooperatives = useCooperatives();

  return (
    <>
      <title>{t('list.documentTitle')}</title>
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.intro')}</p>
      {cooperatives.isPending ? (
        <CooperativeGridSkeleton count={6} />
      ) : cooperatives.isError ? (
        <ErrorState error={cooperatives.error} onRetry={() => void cooperatives.refetch()} />
      ) : cooperatives.data.length === 0 ? (
        <EmptyState title={t('list.empty')} />
      ) : (
        <CooperativeGrid cooperatives={cooperatives.data} />
      )}
    </>
  );
}
