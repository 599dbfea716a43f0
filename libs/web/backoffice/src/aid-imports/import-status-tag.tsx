import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AidImportStatus } from '@shanhai/shared/contracts';
import { AID_IMPORTS_NS } from './imports-messages';

const COLORS: Record<AidImportStatus, string> = {
  parsing: 'processing',
  invalid: 'error',
  ready: 'warning',
  committing: 'processing',
  committed: 'success',
  failed: 'error',
};

export function ImportStatusTag({ status }: { status: AidImportStatus }) {
  const { t } = useTranslation(AID_IMPORTS_NS);
  return (
    <Tag color={COLORS[status]} data-testid="import-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
