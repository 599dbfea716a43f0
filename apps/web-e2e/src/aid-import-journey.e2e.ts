import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  AidImportColumns,
  type AidImportColumnKey,
  type AidImportDto,
  type AidSummaryDto,
  type CooperativeDetailDto,
} from '@shanhai/shared/contracts';
import { snap } from './support/screenshots';

// The admin console is used at a desk: a laptop's screen, with the side menu open.
test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

const ADMIN = { email: 'admin@demo.shanhai.test', password: 'shanhai-demo-2026' };
const CHANNEL = { value: 'exhibition_centre', zh: '凤凰上山展示展销中心' } as const;

const yuan = (fen: number) =>
  `${fen < 0 ? '-' : ''}¥${(Math.abs(fen) / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Today in Beijing, and the first of its month: an open accounting period. */
function thisMonth(): { today: string; first: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return { today, first: `${today.slice(0, 8)}01` };
}

type Row = Record<AidImportColumnKey, string>;

/** A CSV in the template's own header (whatever its language and order), one sale per row. */
function csvFrom(header: string, rows: Row[]): string {
  const cells = header.split(',').map((cell) => cell.trim());
  const keys = cells.map((cell) => {
    const column = AidImportColumns.find((c) => c.zh === cell || c.en === cell || c.key === cell);
    if (!column) throw new Error(`the template has a column this journey does not know: ${cell}`);
    return column.key;
  });
  return [header, ...rows.map((row) => keys.map((key) => row[key]).join(','))].join('\n') + '\n';
}

async function summary(page: Page): Promise<AidSummaryDto> {
  const response = await page.request.get('/api/aid/summary');
  expect(response.status()).toBe(200);
  return (await response.json()) as AidSummaryDto;
}

async function upload(page: Page, name: string, csv: string) {
  const form = page.getByTestId('import-upload');
  await form.getByRole('combobox', { name: '报送渠道' }).click();
  await page.locator(`.ant-select-item-option[title="${CHANNEL.zh}"]`).click();
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(form.getByText(name)).toBeVisible();
  await form.getByTestId('upload-submit').click();
  await expect(page).toHaveURL(/\/admin\/aid\/imports\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

test('the admin imports the exhibition centre’s sales: a bad row is caught by its line, the corrected file is committed, and the dashboard moves by exactly its amount', async ({
  page,
}) => {
  const { today, first } = thisMonth();
  const run = Date.now();
  let before: AidSummaryDto;
  let header = '';
  let category = '';

  await test.step('the console sends a guest to sign in, and the demo admin comes back to the dashboard', async () => {
    await page.goto('/admin/aid');
    await expect(page).toHaveURL(/\/login\?next=\/admin\/aid$/);
    await page.getByLabel('邮箱').fill(ADMIN.email);
    await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL(/\/admin\/aid$/);
    await expect(page.getByRole('heading', { level: 1, name: '消费帮扶概况' })).toBeVisible();
    before = await summary(page);
    expect(before.reportedFen).toBe(5_207_390_000);
    await expect(page.getByTestId('headline-reported')).toContainText('5,207.39');
    await expect(page.getByTestId('headline-reported')).toContainText('¥52,073,900.00');
    await expect(page.getByTestId('headline-recorded')).toHaveAttribute(
      'data-fen',
      String(before.recordedFen),
    );
    await expect(page.getByTestId('headline-households')).toContainText('1,742');
    // the seeded fungi park: 970 households, 3,145 persons, 8 % on 20,000,000 yuan → 508.74 yuan each
    const benefit = page.getByTestId('aid-benefit');
    await expect(benefit.getByTestId('benefit-households')).toContainText('970');
    await expect(benefit.getByTestId('benefit-persons')).toContainText('3,145');
    await expect(benefit.getByTestId('per-capita-2020-dividend')).toHaveText('¥508.74');
    await snap(page, '20-admin-dashboard');

    const park: CooperativeDetailDto = await (
      await page.request.get('/api/cooperatives/langdong-fungi-park')
    ).json();
    category = park.products[0].category.slug;
  });

  await test.step('download the template from the imports page', async () => {
    await page
      .getByRole('navigation', { name: '管理后台导航' })
      .getByRole('link', { name: '线下销售导入' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: '线下销售导入' })).toBeVisible();
    const downloading = page.waitForEvent('download');
    await page.getByTestId('template-csv').click();
    const template = await downloading;
    const text = (await readFile((await template.path())!, 'utf8')).replace(/^\uFEFF/, '');
    header = text.split(/\r?\n/)[0];
    for (const column of AidImportColumns) {
      expect(
        header.includes(column.zh) || header.includes(column.en),
        `the template names ${column.key}`,
      ).toBe(true);
    }
    const xlsx = await page.request.get('/api/aid/imports/template?format=xlsx');
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    await snap(page, '21-aid-imports');
  });

  const rows = (amountOfSecond: string): Row[] => [
    {
      date: first,
      cooperative: 'langdong-fungi-park',
      category,
      product: '鸡枞菌干',
      quantity: '2',
      amount: '1280.50',
      reference: `E2E-${run}-1`,
    },
    {
      date: today,
      cooperative: 'langdong-fungi-park',
      category,
      product: '猪肚菇',
      quantity: '5',
      amount: amountOfSecond,
      reference: `E2E-${run}-2`,
    },
    {
      date: today,
      cooperative: 'lebainian-health',
      category: '',
      product: '溇阳湖林下有机茶',
      quantity: '1',
      amount: '356.78',
      reference: `E2E-${run}-3`,
    },
  ];

  await test.step('a file with a bad amount on its line 3 is refused, nothing imported, the line shown', async () => {
    const id = await upload(page, `展销中心-${run}-有误.csv`, csvFrom(header, rows('990.005')));
    const invalid = page.getByTestId('import-invalid');
    await expect(invalid).toBeVisible({ timeout: 30_000 });
    await expect(invalid).toContainText('没有导入任何数据');
    const problem = invalid.getByTestId('import-problems').getByRole('row').filter({ hasText: '金额（元）' });
    await expect(problem).toHaveCount(1);
    await expect(problem.getByRole('cell').first()).toHaveText('3');
    const dto: AidImportDto = await (await page.request.get(`/api/aid/imports/${id}`)).json();
    expect(dto.status).toBe('invalid');
    expect(dto.problems.map((p) => [p.line, p.column])).toEqual([[3, 'amount']]);
    await snap(page, '22-aid-import-invalid');
  });

  // 1,280.50 + 990.00 + 356.78 yuan
  const importedFen = 128_050 + 99_000 + 35_678;

  await test.step('the corrected file passes, is reviewed and committed', async () => {
    await page.getByRole('button', { name: '上传改正后的文件' }).click();
    await expect(page).toHaveURL(/\/admin\/aid\/imports$/);
    const id = await upload(page, `展销中心-${run}.csv`, csvFrom(header, rows('990.00')));
    const ready = page.getByTestId('import-ready');
    await expect(ready).toBeVisible({ timeout: 30_000 });
    await expect(ready.getByTestId('import-totals')).toContainText(yuan(importedFen));
    await expect(ready.getByTestId('import-preview').getByRole('row')).toHaveCount(4);
    await snap(page, '23-aid-import-ready');

    await ready.getByTestId('import-commit').click();
    await page.getByRole('button', { name: '写入台账' }).click();
    const done = page.getByTestId('import-committed');
    await expect(done).toBeVisible({ timeout: 30_000 });
    await expect(done).toContainText('写入 3 条台账记录');
    const dto: AidImportDto = await (await page.request.get(`/api/aid/imports/${id}`)).json();
    expect(dto).toMatchObject({ status: 'committed', entriesWritten: 3, amountFen: importedFen });
    await snap(page, '24-aid-import-committed');
  });

  await test.step('the dashboard’s recorded total moved by exactly the file’s amount', async () => {
    await page.getByTestId('import-to-dashboard').click();
    await expect(page).toHaveURL(new RegExp(`/admin/aid\\?.*channel=${CHANNEL.value}`));
    await expect(page.getByTestId('entries-summary')).toBeVisible();
    await page.goto('/admin/aid');
    const after = await summary(page);
    expect(after.recordedFen - before.recordedFen).toBe(importedFen);
    expect(after.totalFen - before.totalFen).toBe(importedFen);
    await expect(page.getByTestId('headline-recorded')).toHaveAttribute(
      'data-fen',
      String(after.recordedFen),
    );
    await expect(page.getByTestId('headline-recorded')).toContainText(yuan(after.recordedFen));
    // this month now has entries: the trend draws it
    await expect(page.getByTestId('chart-period').locator('svg')).toBeVisible();
    await snap(page, '25-admin-dashboard-after-import');
  });
});
