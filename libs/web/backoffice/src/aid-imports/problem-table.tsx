import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AidImportProblem } from '@shanhai/shared/contracts';
import { useLocale } from '@shanhai/web/shared';
import { AID_IMPORTS_NS } from './imports-messages';
import { columnHeader } from './import-columns';

/**
 * What is wrong with a file, line by line (line 1 is the header), in the file's own column names,
 * so the person fixing it finds the cell. The API keeps at most 500 problems and counts all.
 */
export function ProblemTable({
  problems,
  problemCount,
}: {
  problems: readonly AidImportProblem[];
  problemCount: number;
}) {
  const { t } = useTranslation(AID_IMPORTS_NS);
  const locale = useLocale();
  const rows = problems.map((problem, index) => ({ ...problem, index }));
  return (
    <div data-testid="import-problems">
      {problemCount > problems.length && (
        <Typography.Paragraph type="warning">
          {t('detail.problemsTruncated', { shown: problems.length, count: problemCount })}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="index"
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'line', title: t('problems.line'), dataIndex: 'line', width: 80, align: 'right' },
          {
            key: 'column',
            title: t('problems.column'),
            render: (_, p) => (p.column === null ? t('problems.wholeRow') : columnHeader(p.column, locale)),
          },
          { key: 'message', title: t('problems.message'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
