import { expect, test, type Page } from '@playwright/test';
import type {
  AdminOrderDetailDto,
  AuditLogDto,
  OrderDto,
  ProductDetailDto,
  ProductListResponse,
} from '@shanhai/shared/contracts';
import { snap } from './support/screenshots';

// The admin console is used at a desk: a laptop's screen, with the side menu open.
test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

const PASSWORD = 'shanhai-demo-2026';
const ADMIN = 'admin@demo.shanhai.test';
const SHOPPER = 'shopper@demo.shanhai.test';
// Ant Design spaces out a two-character Chinese button label: 退 款
const REFUND = /^退\s?款$/;

const yuan = (fen: number) =>
  `¥${(fen / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Two variants in stock from two different products, for an order of two lines. */
async function twoSkus(page: Page): Promise<string[]> {
  const list: ProductListResponse = await (await page.request.get('/api/products?pageSize=50')).json();
  const skus: string[] = [];
  for (const item of list.items.filter((i) => i.inStock)) {
    const product: ProductDetailDto = await (await page.request.get(`/api/products/${item.slug}`)).json();
    const variant = product.variants.find((v) => v.available >= 1);
    if (variant) skus.push(variant.sku);
    if (skus.length === 2) return skus;
  }
  throw new Error('the seeded catalogue has fewer than two products in stock');
}

/** The demo shopper places an order paid offline, through the API, and signs out. */
async function placeOrder(page: Page): Promise<OrderDto> {
  const login = await page.request.post('/api/auth/login', { data: { email: SHOPPER, password: PASSWORD } });
  expect(login.status()).toBe(200);
  const address = await page.request.post('/api/addresses', {
    data: {
      recipient: '王示例',
      mobile: '+86 138 0013 8000',
      province: '浙江省',
      city: '杭州市',
      district: '拱墅区',
      street: '湖墅南路 88 号',
      postalCode: '310005',
    },
  });
  expect(address.status()).toBe(201);
  const skus = await twoSkus(page);
  const placed = await page.request.post('/api/orders', {
    headers: { 'Idempotency-Key': `admin-journey-${Date.now()}` },
    data: {
      addressId: ((await address.json()) as { id: string }).id,
      paymentMethod: 'offline',
      lines: skus.map((sku) => ({ sku, quantity: 1 })),
    },
  });
  expect(placed.status()).toBe(201);
  const order = (await placed.json()) as OrderDto;
  expect(order.status).toBe('awaiting_payment');
  expect((await page.request.post('/api/auth/logout')).ok()).toBe(true);
  return order;
}

test('the admin finds a shopper’s order, records its offline payment, refunds one line with a reason, and sees the refund and its audit entry', async ({
  page,
}) => {
  const order = await test.step('a shopper places an order paid offline, through the API', () => placeOrder(page));
  const reference = `BANK-${Date.now()}`;
  const reason = '买家收到时包装破损,退这一件';

  await test.step('the demo admin signs in and finds the order by its number', async () => {
    await page.goto('/admin/orders');
    await expect(page).toHaveURL(/\/login\?next=\/admin\/orders$/);
    await page.getByLabel('邮箱').fill(ADMIN);
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '订单' })).toBeVisible();
    await page.getByLabel('订单号').fill(order.number);
    await page.getByTestId('order-search').click();
    await expect(page).toHaveURL(new RegExp(`/admin/orders\\?number=${order.number}$`));
    const results = page.getByTestId('order-results');
    await expect(results.getByRole('row')).toHaveCount(2);
    await expect(results).toContainText('待付款');
    await snap(page, '30-admin-order-search');
    await results.getByRole('link', { name: order.number }).click();
    await expect(page.getByRole('heading', { level: 1, name: `订单 ${order.number}` })).toBeVisible();
  });

  await test.step('records the offline payment and sees the order paid', async () => {
    await page.getByRole('button', { name: '记录线下付款' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '付款凭证号' });
    await expect(dialog).toContainText(yuan(order.totalFen));
    await dialog.getByLabel('付款凭证号').fill(reference);
    await dialog.getByRole('button', { name: '确认已收款' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('order-status')).toContainText('已付款');
    const detail: AdminOrderDetailDto = await (await page.request.get(`/api/admin/orders/${order.id}`)).json();
    expect(detail.order).toMatchObject({ status: 'paid', paymentStatus: 'paid' });
    await snap(page, '31-admin-order-paid');
  });

  const line = order.fulfilments[0].lines[0];
  await test.step('refunds one line with a reason and sees the refund', async () => {
    await page.getByTestId('fulfilment').first().getByRole('button', { name: REFUND }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '退款金额' });
    await expect(dialog.getByLabel('退款金额(元)')).toHaveValue(String(line.lineTotalFen / 100).replace(/\.0+$/, ''));
    await dialog.getByRole('button', { name: REFUND }).click();
    await expect(dialog).toContainText('请填写原因。');
    await dialog.getByLabel('原因').fill(reason);
    await dialog.getByRole('button', { name: REFUND }).click();
    await expect(dialog).toBeHidden();
    const refunds = page.getByTestId('order-refunds');
    await expect(refunds).toContainText(reason);
    await expect(refunds).toContainText(yuan(line.lineTotalFen));
    await expect(page.getByTestId('order-refunded')).toHaveText(yuan(line.lineTotalFen));
    await expect(page.getByTestId('order-status')).toContainText('部分退款');
    const detail: AdminOrderDetailDto = await (await page.request.get(`/api/admin/orders/${order.id}`)).json();
    expect(detail.refunds).toMatchObject([{ orderLineId: line.id, amountFen: line.lineTotalFen, reason }]);
    await snap(page, '32-admin-order-refunded');
  });

  await test.step('the audit log shows the refund with its before and after', async () => {
    await page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '审计日志' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
    await page.getByLabel('操作', { exact: true }).fill('order.refund.line');
    await page.getByRole('button', { name: /^查\s?询$/ }).click();
    await expect(page).toHaveURL(/\/admin\/audit\?action=order\.refund\.line$/);
    const entries: AuditLogDto[] = await (await page.request.get('/api/admin/audit?action=order.refund.line')).json();
    expect(entries.find((e) => e.entityId === line.id)).toBeTruthy();

    const row = page.getByTestId('audit-log').getByRole('row').filter({ hasText: line.id });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: /展开|Expand/ }).click();
    const diff = page.getByTestId('audit-diff');
    await expect(diff.getByRole('row').filter({ hasText: 'orderRefundedFen' })).toContainText(
      String(line.lineTotalFen),
    );
    await expect(diff.getByRole('row').filter({ hasText: 'reason' })).toContainText(reason);
    await snap(page, '33-admin-audit');

    await page.getByRole('navigation', { name: '管理后台导航' }).getByRole('link', { name: '订单查询' }).click();
    await page.getByLabel('订单号').fill(order.number);
    await page.getByTestId('order-search').click();
    await expect(page.getByTestId('order-results')).toContainText('已付款');
    await expect(page.getByTestId('order-results')).toContainText(yuan(line.lineTotalFen));
  });
});
