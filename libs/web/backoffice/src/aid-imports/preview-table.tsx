import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AidImportPreviewRow } from '@shanhai/shared/contracts';
import {
  formatIsoDate,
  formatNumber,
  useCategories,
  useCooperatives,
  useLocale,
  useLocalized,
} from '@shanhai/web/shared';
import { formatYuan } from '../format/money';
import { AID_IMPORTS_NS } from './imports-messages';

/** The first rows of a checked file as they will be written: dates, cooperatives and amounts as understood. */
export function PreviewTable({
  rows,
  rowsValid,
}: {
  rows: readonly AidImportPreviewRow[];
  rowsValid: number;
}) {
  const { t } = useTranslation(AID_IMPORTS_NS);
  const locale = useLocale();
  const localize = useLocalized();
  const cooperatives = useCooperatives().data ?? [];
  const categories = useCategories().data ?? [];
  const cooperativeName = (slug: string) => {
    const found = cooperatives.find((c) => c.slug === slug);
    return found ? localize(found.name) : slug;
  };
  const categoryName = (slug: string | null) => {
    if (!slug) return '—';
    const found = categories.find((c) => c.slug === slug);
    return found ? localize(found.name) : slug;
  };
  return (
    <div data-testid="import-preview">
      {rowsValid > rows.length && (
        <Typography.Paragraph type="secondary">
          {t('detail.previewTruncated', { shown: rows.length, count: rowsValid })}
        </Typography.Paragraph>
      )}
      <Table<AidImportPreviewRow>
        size="small"
        rowKey="line"
        dataSource={[...rows]}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'line', title: t('preview.line'), dataIndex: 'line', align: 'right' },
          {
            key: 'occurredOn',
            title: t('preview.occurredOn'),
            render: (_, r) => formatIsoDate(r.occurredOn, locale),
          },
          {
            key: 'cooperative',
            title: t('preview.cooperative'),
            render: (_, r) => cooperativeName(r.cooperativeSlug),
          },
          { key: 'category', title: t('preview.category'), render: (_, r) => categoryName(r.categorySlug) },
          { key: 'product', title: t('preview.product'), render: (_, r) => r.product ?? '—' },
          {
            key: 'quantity',
            title: t('preview.quantity'),
            align: 'right',
            render: (_, r) => formatNumber(r.quantity, locale),
          },
          {
            key: 'amount',
            title: t('preview.amount'),
            align: 'right',
            render: (_, r) => <span className="bo-money">{formatYuan(r.amountFen)}</span>,
          },
          { key: 'reference', title: t('preview.reference'), dataIndex: 'reference' },
        ]}
      />
    </div>
  );
}
