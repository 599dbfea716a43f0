import { Button, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AidExportFormats, type AidFilter, type AidView } from '@shanhai/shared/contracts';
import { aidExportUrl } from '../api/aid-export-url';
import { BACKOFFICE_NS } from './backoffice-messages';

/** CSV and Excel downloads of one view of the dashboard, under the filters on screen. */
export function ExportLinks({ view, filter, what }: { view: AidView; filter: AidFilter; what: string }) {
  const { t } = useTranslation(BACKOFFICE_NS);
  return (
    <Space.Compact size="small">
      {AidExportFormats.map((format) => (
        <Button
          key={format}
          size="small"
          icon={<DownloadOutlined />}
          href={aidExportUrl(view, format, filter)}
          download
          aria-label={t('export.label', { what, format: t(`export.${format}`) })}
          data-testid={`export-${view}-${format}`}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
    </Space.Compact>
  );
}
