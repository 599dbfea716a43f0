import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AidImportListItemDto } from '@shanhai/shared/contracts';
import { adminSession, aidImport, catalogueRoutes, readyRows } from '../testing/fixtures';
import { currentLocation, FIRST_RENDER, renderAdmin } from '../testing/render-admin';
import { failure, Reply, stubApi } from '../testing/stub-api';
import { sha256Hex } from './import-phase';

const CSV =
  '销售日期,供货主体,品类,商品,数量,金额（元）,单据号\n2026-10-02,langdong-fungi-park,fungi,,5,990.00,ZX-1002-07\n';
const csvFile = () => new File([CSV], '展销中心-2026-10.csv', { type: 'text/csv' });

function listItem(patch: Partial<AidImportListItemDto>): AidImportListItemDto {
  const { problems: _problems, preview: _preview, ...item } = aidImport(patch);
  return item;
}

/** Opens an Ant Design select and clicks the option shown with that name (its a11y listbox is not clickable). */
async function choose(user: UserEvent, label: string, name: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  const option = (await screen.findAllByTitle(name)).find((el) =>
    el.classList.contains('ant-select-item-option'),
  );
  if (!option) throw new Error(`no option ${name}`);
  await user.click(option);
}

function fileInput(): HTMLInputElement {
  const input = screen.getByTestId('import-upload').querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return input;
}

describe('the offline sales imports page', { timeout: 60_000 }, () => {
  it('offers the templates and lists earlier imports', async () => {
    stubApi({
      'GET /api/auth/me': adminSession,
      ...catalogueRoutes,
      'GET /api/aid/imports': [
        listItem({ status: 'committed', ...readyRows, entriesWritten: 3 }),
        listItem({
          id: 'older',
          fileName: '苗银世家-2026-09.xlsx',
          channel: 'miao_silver_shop',
          status: 'invalid',
          problemCount: 4,
        }),
      ],
    });
    await renderAdmin({ url: '/admin/aid/imports' });
    expect(
      await screen.findByRole('heading', { level: 1, name: '线下销售导入' }, FIRST_RENDER),
    ).toBeInTheDocument();
    expect(screen.getByTestId('template-csv')).toHaveAttribute(
      'href',
      '/api/aid/imports/template?format=csv',
    );
    expect(screen.getByTestId('template-xlsx')).toHaveAttribute(
      'href',
      '/api/aid/imports/template?format=xlsx',
    );
    expect(within(screen.getByTestId('import-template')).getByText('金额（元）')).toBeInTheDocument();

    const list = screen.getByTestId('import-list');
    await within(list).findByRole('link', { name: '苗银世家-2026-09.xlsx' });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: '展销中心-2026-10.csv' })).toHaveAttribute(
      'href',
      `/admin/aid/imports/${aidImport().id}`,
    );
    expect(rows[0]).toHaveTextContent('凤凰上山展示展销中心已导入3 / 3¥3,470.5003');
    expect(rows[1]).toHaveTextContent('苗银世家生活馆有错误0 / 0¥0.0040');
  });

  it('sends the channel, then the file, and moves on to the import’s page', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      ...catalogueRoutes,
      'GET /api/aid/imports': [],
      'POST /api/aid/imports': new Reply(202, aidImport({ status: 'parsing' })),
      [`GET /api/aid/imports/${aidImport().id}`]: aidImport({ status: 'parsing' }),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid/imports' });
    await screen.findByTestId('import-upload', {}, FIRST_RENDER);

    // nothing chosen: both are asked for, nothing is sent
    await user.click(screen.getByTestId('upload-submit'));
    expect(await screen.findByText('请选择报送渠道。')).toBeInTheDocument();
    expect(screen.getByText('请选择要上传的文件。')).toBeInTheDocument();
    expect(api.sent('POST /api/aid/imports')).toEqual([]);

    await choose(user, '报送渠道', '凤凰上山展示展销中心');
    await user.upload(fileInput(), csvFile());
    expect(screen.getByText('展销中心-2026-10.csv')).toBeInTheDocument();
    await user.click(screen.getByTestId('upload-submit'));

    await waitFor(() => expect(currentLocation()).toBe(`/admin/aid/imports/${aidImport().id}`));
    const [sent] = api.sent('POST /api/aid/imports');
    const parts = [...(sent.form?.entries() ?? [])];
    expect(parts.map(([name]) => name)).toEqual(['channel', 'file']);
    expect(parts[0][1]).toBe('exhibition_centre');
    const file = parts[1][1] as File;
    expect(file.name).toBe('展销中心-2026-10.csv');
    expect(file.size).toBe(new TextEncoder().encode(CSV).length);
    // the answer is shown at once, then followed
    expect(await screen.findByText('正在逐行检查文件…')).toBeInTheDocument();
  });

  it('says a file was uploaded before, and links to that import', async () => {
    const sha = await sha256Hex(csvFile());
    stubApi({
      'GET /api/auth/me': adminSession,
      ...catalogueRoutes,
      'GET /api/aid/imports': [listItem({ id: 'earlier-one', sha256: sha ?? '', status: 'committed' })],
      'POST /api/aid/imports': failure(409, 'AID_IMPORT_DUPLICATE'),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid/imports' });
    await screen.findByTestId('import-upload', {}, FIRST_RENDER);
    await choose(user, '报送渠道', '凤凰上山展示展销中心');
    await user.upload(fileInput(), csvFile());
    await user.click(screen.getByTestId('upload-submit'));
    const refused = await screen.findByTestId('upload-refused');
    expect(refused).toHaveTextContent('这个文件之前已经上传过,同一文件不会重复导入。');
    expect(await within(refused).findByRole('link', { name: '查看之前的那次导入' })).toHaveAttribute(
      'href',
      '/admin/aid/imports/earlier-one',
    );
    expect(currentLocation()).toBe('/admin/aid/imports');
  });

  it('links to the earlier import the API names, and says an empty file is empty', async () => {
    let answer = new Reply(409, {
      statusCode: 409,
      code: 'AID_IMPORT_DUPLICATE_FILE',
      message: 'The same file was uploaded before',
      importId: 'named-by-the-api',
    });
    stubApi({
      'GET /api/auth/me': adminSession,
      ...catalogueRoutes,
      'GET /api/aid/imports': [],
      'POST /api/aid/imports': () => answer,
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid/imports' });
    await screen.findByTestId('import-upload', {}, FIRST_RENDER);
    await choose(user, '报送渠道', '机关单位采购');
    await user.upload(fileInput(), csvFile());
    await user.click(screen.getByTestId('upload-submit'));
    const refused = await screen.findByTestId('upload-refused');
    expect(within(refused).getByRole('link', { name: '查看之前的那次导入' })).toHaveAttribute(
      'href',
      '/admin/aid/imports/named-by-the-api',
    );

    answer = failure(400, 'AID_IMPORT_EMPTY_FILE');
    await user.click(screen.getByTestId('upload-submit'));
    await waitFor(() => expect(screen.getByTestId('upload-refused')).toHaveTextContent('文件是空的。'));
  });

  it('says plainly when a file is too large or of the wrong type', async () => {
    let status = 413;
    stubApi({
      'GET /api/auth/me': adminSession,
      ...catalogueRoutes,
      'GET /api/aid/imports': [],
      // a proxy's 413 has no contract body; the API's 415 has one
      'POST /api/aid/imports': () => (status === 413 ? new Reply(413) : failure(415, 'HTTP_415')),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid/imports', language: 'en' });
    await screen.findByTestId('import-upload', {}, FIRST_RENDER);
    await choose(user, 'Reporting channel', 'Miao Silver House shop');
    await user.upload(fileInput(), csvFile());
    await user.click(screen.getByTestId('upload-submit'));
    expect(await screen.findByTestId('upload-refused')).toHaveTextContent(
      'The file is too large. Split it into several files and upload each.',
    );

    status = 415;
    await user.click(screen.getByTestId('upload-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('upload-refused')).toHaveTextContent(
        'Only CSV or Excel (.xlsx) files can be uploaded.',
      ),
    );
  });
});
