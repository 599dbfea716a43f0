import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AidImportDto } from '@shanhai/shared/contracts';
import { adminSession, aidImport, catalogueRoutes, readyRows } from '../testing/fixtures';
import { currentLocation, FIRST_RENDER, renderAdmin } from '../testing/render-admin';
import { failure, stubApi } from '../testing/stub-api';

const ID = aidImport().id;
const PATH = `/api/aid/imports/${ID}`;

/** Answers the import's GET with each state in turn, then the last one for ever. */
function inTurn(states: AidImportDto[]) {
  let asked = 0;
  return () => states[Math.min(asked++, states.length - 1)];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an import’s page', { timeout: 60_000 }, () => {
  it('follows the check while it runs, then offers the rows for review and commits them', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      ...catalogueRoutes,
      [`GET ${PATH}`]: inTurn([
        aidImport({ status: 'parsing' }),
        aidImport({ status: 'parsing', rowsTotal: 3, rowsProcessed: 1 }),
        aidImport({ status: 'ready', ...readyRows }),
        // after the commit
        aidImport({
          status: 'committed',
          ...readyRows,
          entriesWritten: 3,
          committedAt: '2026-11-29T02:05:00.000Z',
        }),
      ]),
      [`POST ${PATH}/commit`]: aidImport({ status: 'committing', ...readyRows, rowsProcessed: 1 }),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: `/admin/aid/imports/${ID}` });

    // parsing, rows not counted yet; then counted: a progress bar
    expect(await screen.findByText('正在逐行检查文件…', {}, FIRST_RENDER)).toBeInTheDocument();
    expect(screen.getByTestId('import-status')).toHaveTextContent('检查中');
    expect(await screen.findByText('已检查 1 / 3 行')).toBeInTheDocument();
    expect(within(screen.getByTestId('import-working')).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '33',
    );

    // ready: totals, preview, and the commit
    const ready = await screen.findByTestId('import-ready', {}, { timeout: 5_000 });
    expect(within(ready).getByTestId('import-totals')).toHaveTextContent(
      '数据行3金额合计¥3,470.50涉及账期2026年10月、2026年9月',
    );
    const preview = within(ready).getByTestId('import-preview');
    expect(await within(preview).findByText('贵州乐百年健康产业开发有限公司')).toBeInTheDocument();
    expect(within(preview).getByText('¥1,280.50')).toBeInTheDocument();
    expect(within(preview).getByText('ZX-1015-02')).toBeInTheDocument();
    // no more polling while the page waits for the admin
    const asked = api.sent(`GET ${PATH}`).length;
    await sleep(1_500);
    expect(api.sent(`GET ${PATH}`)).toHaveLength(asked);

    await user.click(within(ready).getByTestId('import-commit'));
    expect(
      await screen.findByText('将 3 行、合计 ¥3,470.50 写入消费帮扶台账?写入后不能撤销,更正需另记调整。'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '写入台账' }));
    expect(api.sent(`POST ${PATH}/commit`)).toHaveLength(1);

    // committing, then committed: polled again until it is done
    const done = await screen.findByTestId('import-committed', {}, { timeout: 5_000 });
    expect(done).toHaveTextContent('已导入:写入 3 条台账记录');
    expect(done).toHaveTextContent('金额合计 ¥3,470.50,账期 2026年10月、2026年9月。');
    expect(within(done).getByTestId('import-to-dashboard')).toHaveAttribute(
      'href',
      '/admin/aid?from=2026-09&to=2026-10&channel=exhibition_centre',
    );
    const afterCommit = api.sent(`GET ${PATH}`).length;
    await sleep(1_500);
    expect(api.sent(`GET ${PATH}`)).toHaveLength(afterCommit);
  });

  it('lists the problems of an invalid file by line, and leads back to upload a corrected one', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      ...catalogueRoutes,
      [`GET ${PATH}`]: aidImport({
        status: 'invalid',
        rowsTotal: 3,
        rowsProcessed: 3,
        rowsValid: 2,
        problemCount: 1,
        problems: [
          { line: 3, column: 'amount', message: 'must be yuan with at most two decimals, e.g. 1280.50' },
        ],
      }),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: `/admin/aid/imports/${ID}`, language: 'en' });
    const invalid = await screen.findByTestId('import-invalid', {}, FIRST_RENDER);
    expect(invalid).toHaveTextContent('The file has 1 problem(s); nothing was imported');
    const row = within(within(invalid).getByTestId('import-problems')).getAllByRole('row')[1];
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', 'amount (yuan)', 'must be yuan with at most two decimals, e.g. 1280.50']);
    expect(screen.queryByTestId('import-commit')).not.toBeInTheDocument();
    await sleep(1_500);
    expect(api.sent(`GET ${PATH}`)).toHaveLength(1);
    await user.click(within(invalid).getByRole('button', { name: 'Upload the corrected file' }));
    expect(currentLocation()).toBe('/admin/aid/imports');
  });

  it('says when a commit is refused, and when the import does not exist', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      ...catalogueRoutes,
      [`GET ${PATH}`]: aidImport({ status: 'ready', ...readyRows }),
      [`POST ${PATH}/commit`]: failure(409, 'AID_IMPORT_ALREADY_IN_LEDGER'),
      'GET /api/aid/imports/gone': failure(404, 'NOT_FOUND'),
    });
    const user = userEvent.setup();
    const { unmount } = await renderAdmin({ url: `/admin/aid/imports/${ID}` });
    await user.click(await screen.findByTestId('import-commit', {}, FIRST_RENDER));
    await user.click(await screen.findByRole('button', { name: '写入台账' }));
    expect(await screen.findByTestId('commit-error')).toHaveTextContent(
      '文件中有单据号已经记入台账,这次没有写入任何数据。请核对单据号。',
    );
    // the import is read again, to show it as it is now
    await waitFor(() => expect(api.sent(`GET ${PATH}`).length).toBeGreaterThan(1));
    unmount();

    await renderAdmin({ url: '/admin/aid/imports/gone' });
    expect(await screen.findByText('找不到这次导入。', {}, FIRST_RENDER)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /返回导入列表/ })).toHaveAttribute(
        'href',
        '/admin/aid/imports',
      ),
    );
  });
});
