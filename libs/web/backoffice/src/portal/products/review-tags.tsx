import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CertificateReviewStatus, ProductStatusValue } from '@shanhai/shared/contracts';
import { PORTAL_NS } from '../shell/portal-messages';

const REVIEW_COLOUR = { pending: 'gold', approved: 'green', rejected: 'red', revoked: 'default' } as const;
const STATUS_COLOUR = { draft: 'default', active: 'green', hidden: 'orange' } as const;

export function ReviewTag({ status }: { status: CertificateReviewStatus }) {
  const { t } = useTranslation(PORTAL_NS);
  return <Tag color={REVIEW_COLOUR[status]}>{t(`review.${status}`)}</Tag>;
}

export function VisibilityTag({ status }: { status: ProductStatusValue }) {
  const { t } = useTranslation(PORTAL_NS);
  return <Tag color={STATUS_COLOUR[status]}>{t(`visibility.${status}`)}</Tag>;
}
