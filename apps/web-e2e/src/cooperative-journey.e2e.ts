import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import type { CooperativeApplicationDto, OrderDto, PortalProductDto } from '@shanhai/shared/contracts';
import { withCreditCodeCheck } from '@shanhai/shared/domain';
import { snap } from './support/screenshots';

// The portal is used at a desk, like the admin console: a laptop's screen with the side menu open.
const DESK = {
  viewport: { width: 1366, height: 900 },
  isMobile: false,
  hasTouch: false,
  deviceScaleFactor: 1,
};
test.use(DESK);

const PASSWORD = 'shanhai-demo-2026';
const ADMIN = 'admin@demo.shanhai.test';
// Ant Design spaces out a two-character Chinese button label: 通 过, 发 货
const APPROVE = /^通\s?过$/;
const SHIP = /^发\s?货$/;

/** The demo admin at a second desk: a browser of their own, signed in through the login page. */
async function adminDesk(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    ...DESK,
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const admin = await context.newPage();
  await admin.goto('/admin/cooperatives');
  await expect(admin).toHaveURL(/\/login\?next=\/admin\/cooperatives$/);
  await admin.getByLabel('邮箱').fill(ADMIN);
  await admin.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await admin.getByRole('button', { name: '登录' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: '合作社审核' })).toBeVisible();
  return admin;
}

/** Answers a console's "are you sure?" bubble (the one asking `question`) with its approve button. */
async function confirmApproval(page: Page, question: string) {
  const bubble = page.locator('.ant-popover').filter({ hasText: question });
  await bubble.getByRole('button', { name: APPROVE }).click();
  await expect(bubble).toBeHidden();
}

/** An Ant Design select by its label (a required field's label starts with its asterisk). */
const select = (page: Page, label: string) =>
  page.getByRole('combobox', { name: new RegExp(`^(\\* )?${label}$`) });

/** Opens an Ant Design select by its label and picks the first option it offers. */
async function chooseFirst(page: Page, label: string) {
  await select(page, label).click();
  await page.locator('.ant-select-dropdown .ant-select-item-option:visible').first().click();
  await closed(page);
}

async function chooseNamed(page: Page, label: string, title: string) {
  await select(page, label).click();
  await page.locator(`.ant-select-dropdown .ant-select-item-option[title="${title}"]:visible`).click();
  await closed(page);
}

/** The chosen select's list has finished closing, so the next select's list is the only one shown. */
async function closed(page: Page) {
  await expect(page.locator('.ant-select-dropdown .ant-select-item-option:visible')).toHaveCount(0);
}

test('a new user applies at /co/apply, the admin approves it in the console; its certified product reaches the storefront, and the order it ships shows its tracking number to the shopper', async ({
  page,
  browser,
  baseURL,
}) => {
  // a whole seller's first day: applying, listing, certifying, selling and shipping, at three desks
  // (the member, the admin, a shopper's phone) on two shared cores
  test.setTimeout(150_000);
  const run = String(Date.now());
  const email = `coop-${run}@example.com`;
  // a unique code with the right check character: 93 (farmers' cooperative), 522622 (Huangping), 9 more
  const creditCode = withCreditCodeCheck(`93522622${run.slice(-9)}`);
  const nameZh = `旧州林下茶合作社${run.slice(-5)}`;
  const productZh = `林下古树红茶${run.slice(-5)}`;
  const certificateNumber = `黔扶认〔2026〕${run.slice(-6)}号`;
  const tracking = `SF${run.slice(-12)}`;

  await test.step('a guest opening /co signs up and lands on the application form', async () => {
    await page.goto('/co');
    await expect(page).toHaveURL(/\/login\?next=\/co$/);
    await page.getByRole('link', { name: '注册新账号' }).click();
    await page.getByLabel('邮箱').fill(email);
    await page.getByLabel('密码', { exact: true }).fill('a long enough passphrase');
    await page.getByRole('button', { name: '注册' }).click();
    await expect(page).toHaveURL(/\/co\/apply$/);
    await expect(page.getByRole('heading', { level: 1, name: '申请入驻山海集市' })).toBeVisible();
  });

  await test.step('a wrong check character is caught in the form; the corrected application is sent', async () => {
    await page.getByLabel('名称(中文)').fill(nameZh);
    await page.getByLabel('名称(英文)').fill(`Jiuzhou Under-forest Tea ${run}`);
    const wrong = creditCode.slice(0, 17) + (creditCode[17] === '0' ? '1' : '0');
    await page.getByLabel('统一社会信用代码').fill(wrong);
    await chooseFirst(page, '乡镇');
    await chooseFirst(page, '村');
    await page.getByLabel('联系人姓名').fill('杨师傅');
    await page.getByLabel('联系电话').fill('0855-1234567');
    await page.getByLabel('联系邮箱').fill(email);
    await page.getByLabel('合作社故事(中文)').fill('在林下种茶,带动本村农户采茶务工。');
    await chooseNamed(page, '机制 1', '务工工资');
    await page.getByLabel('说明(中文)').fill('采茶季按日结工资');
    await page.getByLabel('带动农户数(户)').fill('42');
    await page.getByLabel('带动人数(人)').fill('130');
    await page.getByRole('button', { name: '提交申请' }).click();
    await expect(page.getByText('统一社会信用代码的校验位不对,请核对营业执照')).toBeVisible();
    await page.getByLabel('统一社会信用代码').fill(creditCode);
    await snap(page, '40-co-apply');
    await page.getByRole('button', { name: '提交申请' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '申请审核中' })).toBeVisible();
  });

  const admin = await test.step('the admin signs in to the console at a second desk', () =>
    adminDesk(browser, baseURL!));

  await test.step('the admin opens the application in /admin/cooperatives and approves it', async () => {
    const row = admin.getByRole('row').filter({ hasText: nameZh });
    await expect(row).toContainText('42 户 / 130 人');
    await row.getByRole('button', { name: nameZh }).click();
    const detail = admin.getByTestId('cooperative-detail');
    await expect(detail).toContainText(creditCode);
    await expect(detail).toContainText('待审核');
    await detail.getByRole('button', { name: APPROVE }).click();
    await confirmApproval(admin, '通过这份入驻申请');
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('已通过');
    // an approved seller gets its commission form, and leaves the queue of applications to review
    await expect(admin.getByTestId('commission-form')).toBeVisible();
    await snap(admin, '41-admin-cooperative-approved');
    await admin.keyboard.press('Escape');
    await expect(detail).toBeHidden();
    await expect(admin.getByRole('row').filter({ hasText: nameZh })).toHaveCount(0);
  });

  await test.step('the applicant, approved, opens the portal', async () => {
    const mine = (await (
      await page.request.get('/api/cooperative-applications/mine')
    ).json()) as CooperativeApplicationDto[];
    expect(mine.map((a) => [a.creditCode, a.status])).toEqual([[creditCode, 'approved']]);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '申请已通过' })).toBeVisible();
    await page.getByRole('button', { name: '进入合作社后台' }).click();
    await expect(page).toHaveURL(/\/co$/);
    await expect(page.getByRole('heading', { level: 1, name: nameZh })).toBeVisible();
    await expect(page.getByTestId('home-toShip')).toContainText('0');
  });

  let productId = '';
  await test.step('the member lists a product, priced in yuan, with a photo and stock', async () => {
    await page.getByRole('link', { name: '商品', exact: true }).click();
    await page.getByRole('link', { name: /新建商品/ }).click();
    await page.getByLabel('商品名称(中文)').fill(productZh);
    await page.getByLabel('商品名称(英文)').fill(`Old-tree black tea ${run}`);
    await chooseFirst(page, '品类');
    await chooseFirst(page, '产地乡镇');
    await chooseFirst(page, '产地村');
    await page.getByLabel('商品介绍(中文)').fill('林下古茶树采摘,手工制作。');
    await page.getByLabel('规格 1 名称(中文)').fill('100 克');
    await page.getByLabel('规格 1 价格(元)').fill('38.8');
    await page.getByLabel('规格 1 重量(克)').fill('150');
    await page.getByRole('button', { name: '创建并提交审核' }).click();
    await expect(page).toHaveURL(/\/co\/products\/[0-9a-f-]{36}$/);
    productId = page.url().split('/').pop()!;
    await expect(page.getByRole('heading', { level: 1, name: productZh })).toBeVisible();
    await expect(page.getByText('¥38.80')).toBeVisible();

    const photo = await sharp({
      create: { width: 640, height: 480, channels: 3, background: { r: 31, g: 92, b: 63 } },
    })
      .png()
      .toBuffer();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'tea.png', mimeType: 'image/png', buffer: photo });
    await expect(page.getByRole('img', { name: '商品图片 1' })).toBeVisible();

    await page.getByRole('button', { name: '调整库存' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('变动数量').fill('20');
    await chooseNamed(page, '原因', '补货');
    await dialog.getByRole('button', { name: /^保 ?存$/ }).click();
    await expect(page.getByRole('cell', { name: '补货' })).toBeVisible();
    await snap(page, '42-co-product');
    const product = (await (
      await page.request.get(`/api/co/products/${productId}`)
    ).json()) as PortalProductDto;
    expect(product.variants.map((v) => [v.priceFen, v.available, v.shippingWeightGrams])).toEqual([
      [3_880, 20, 150],
    ]);
    expect(product.images).toHaveLength(1);
  });

  await test.step('the member submits an aid certificate with its scan', async () => {
    await page.getByRole('link', { name: '帮扶认定证书' }).click();
    await chooseNamed(page, '商品', productZh);
    await page.getByLabel('证书编号').fill(certificateNumber);
    await page.getByLabel('发证机关').fill('黄平县乡村振兴局');
    const scan = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#ffffff' } })
      .jpeg()
      .toBuffer();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'scan.jpg', mimeType: 'image/jpeg', buffer: scan });
    await expect(page.getByText('scan.jpg')).toBeVisible();
    await page.getByLabel('有效期自').fill('2026-01-01');
    await page.getByLabel('有效期自').press('Tab');
    await page.getByLabel('有效期至').fill('2027-12-31');
    await page.getByLabel('有效期至').press('Tab');
    await page.getByRole('button', { name: '提交审核' }).click();
    await expect(page.getByRole('cell', { name: '黄平县乡村振兴局' })).toBeVisible();
    await expect(page.getByRole('link', { name: '查看' })).toBeVisible();
    await snap(page, '43-co-certificates');
  });

  await test.step('the admin approves the product in /admin/products, with its photo and price', async () => {
    await admin
      .getByRole('navigation', { name: '管理后台导航' })
      .getByRole('link', { name: '商品审核' })
      .click();
    await expect(admin.getByRole('heading', { level: 1, name: '商品审核' })).toBeVisible();
    const card = admin.getByTestId('product-review').filter({ hasText: productZh });
    await expect(card.getByRole('img', { name: `${productZh} 的第 1 张图片` })).toBeVisible();
    await expect(card).toContainText('¥38.80');
    await expect(card).toContainText(nameZh);
    await snap(admin, '44-admin-product-review');
    await card.getByRole('button', { name: APPROVE }).click();
    await confirmApproval(admin, '通过这件商品');
    await expect(card).toHaveCount(0);
    await admin.getByRole('tab', { name: '已通过' }).click();
    await expect(admin).toHaveURL(/\/admin\/products\?review=approved$/);
    await expect(admin.getByTestId('product-review').filter({ hasText: productZh })).toContainText('已通过');
  });

  await test.step('the admin approves the certificate in /admin/certificates', async () => {
    await admin
      .getByRole('navigation', { name: '管理后台导航' })
      .getByRole('link', { name: '认定证书' })
      .click();
    await expect(admin.getByRole('heading', { level: 1, name: '扶贫产品认定证书' })).toBeVisible();
    const row = admin.getByRole('row').filter({ hasText: certificateNumber });
    await expect(row).toContainText(productZh);
    await expect(row).toContainText('黄平县乡村振兴局');
    await expect(row.getByRole('link', { name: '查看扫描件' })).toBeVisible();
    await snap(admin, '45-admin-certificate-review');
    await row.getByRole('button', { name: APPROVE }).click();
    await confirmApproval(admin, `通过证书 ${certificateNumber}`);
    await expect(row).toHaveCount(0);
    await admin.getByRole('tab', { name: '有效' }).click();
    const approved = admin.getByRole('row').filter({ hasText: certificateNumber });
    await expect(approved).toContainText('有效');
  });

  let sku = '';
  await test.step('the member puts the approved product on sale; the storefront shows it as an aid product', async () => {
    await page.goto(`/co/products/${productId}`);
    await page.getByRole('button', { name: /^上 ?架$/ }).click();
    await expect(page.getByText('在售')).toBeVisible();
    const product = (await (
      await page.request.get(`/api/co/products/${productId}`)
    ).json()) as PortalProductDto;
    expect(product.status).toBe('active');
    sku = product.variants[0].sku;
    await page.goto(`/products/${product.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: productZh })).toBeVisible();
    await expect(page.getByText('¥38.80').first()).toBeVisible();
    await expect(page.locator('.badge--aid').first()).toBeVisible();
    await snap(page, '46-co-product-in-store');
  });

  // A shopper on a phone: signing up and buying have their own journey (buying-journey.e2e.ts), so
  // this one does both through the API and looks only at the order page.
  const shopper = await (
    await browser.newContext({ ...devices['Pixel 7'], baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  ).newPage();
  const order = await test.step('a shopper buys two of the tea, to pay offline', async () => {
    const registered = await shopper.request.post('/api/auth/register', {
      data: { email: `tea-buyer-${run}@example.com`, password: 'a long enough passphrase' },
    });
    expect(registered.status()).toBe(201);
    const address = await shopper.request.post('/api/addresses', {
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
    const placed = await shopper.request.post('/api/orders', {
      headers: { 'Idempotency-Key': `coop-journey-${run}` },
      data: {
        addressId: ((await address.json()) as { id: string }).id,
        paymentMethod: 'offline',
        lines: [{ sku, quantity: 2 }],
      },
    });
    expect(placed.status()).toBe(201);
    const placedOrder = (await placed.json()) as OrderDto;
    expect(placedOrder.status).toBe('awaiting_payment');
    // the approved certificate makes the line count towards consumption aid
    expect(
      placedOrder.fulfilments.map((f) => [
        f.cooperative.name.zh,
        f.lines[0].lineTotalFen,
        f.lines[0].aidEligible,
      ]),
    ).toEqual([[nameZh, 7_760, true]]);
    return placedOrder;
  });

  await test.step('the admin finds the order in /admin/orders and records its offline payment', async () => {
    await admin
      .getByRole('navigation', { name: '管理后台导航' })
      .getByRole('link', { name: '订单查询' })
      .click();
    await admin.getByLabel('订单号').fill(order.number);
    await admin.getByTestId('order-search').click();
    await admin.getByTestId('order-results').getByRole('link', { name: order.number }).click();
    await expect(admin.getByRole('heading', { level: 1, name: `订单 ${order.number}` })).toBeVisible();
    await admin.getByRole('button', { name: '记录线下付款' }).click();
    const dialog = admin.locator('.ant-modal').filter({ hasText: '付款凭证号' });
    await dialog.getByLabel('付款凭证号').fill(`BANK-${run}`);
    await dialog.getByRole('button', { name: '确认已收款' }).click();
    await expect(dialog).toBeHidden();
    await expect(admin.getByTestId('order-status')).toContainText('已付款');
    await snap(admin, '47-admin-order-paid');
  });

  await test.step('the member ships the order from /co/orders with a carrier and a tracking number', async () => {
    await page.goto('/co');
    await expect(page.getByTestId('home-toShip')).toContainText('1');
    await page.getByRole('link', { name: '订单发货' }).click();
    await expect(page).toHaveURL(/\/co\/orders$/);
    const row = page.getByRole('row').filter({ hasText: order.number });
    await expect(row).toContainText('待发货');
    await expect(row).toContainText('王示例');
    await row.getByRole('button', { name: SHIP }).click();
    const dialog = page.getByRole('dialog', { name: `订单 ${order.number} 发货` });
    // the carrier is typed in full: the field suggests the usual carriers but takes any name, and
    // typing spares the test a click on a suggestion list that is still sliding open
    await dialog.getByLabel('快递公司').fill('顺丰速运');
    await expect(
      page.locator('.ant-select-dropdown .ant-select-item-option[title="顺丰速运"]'),
    ).toBeVisible();
    await dialog.getByLabel('快递单号').fill(tracking);
    await closed(page);
    await expect(dialog.getByLabel('快递公司')).toHaveValue('顺丰速运');
    await snap(page, '48-co-ship');
    await dialog.getByRole('button', { name: '确认发货' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: order.number })).toHaveCount(0);
    await page.getByRole('tab', { name: '已发货' }).click();
    const shipped = page.getByRole('row').filter({ hasText: order.number });
    await expect(shipped).toContainText(`顺丰速运 ${tracking}`);
  });

  await test.step('the shopper opens the order and sees the parcel shipped with its tracking number', async () => {
    await shopper.goto(`/orders/${order.id}`);
    await expect(shopper.getByRole('heading', { level: 1, name: `订单 ${order.number}` })).toBeVisible();
    const parcel = shopper.getByTestId('shipment');
    await expect(parcel).toHaveCount(1);
    await expect(parcel.getByTestId('tracking-number')).toHaveText(tracking);
    await expect(parcel).toContainText('顺丰速运');
    await expect(parcel).toContainText(productZh);
    await expect(parcel).toContainText('计入消费帮扶');
    await snap(shopper, '49-shopper-tracking');
    const seen = (await (await shopper.request.get(`/api/orders/${order.id}`)).json()) as OrderDto;
    expect(seen.fulfilments.map((f) => [f.status, f.carrier, f.trackingNumber])).toEqual([
      ['shipped', '顺丰速运', tracking],
    ]);
  });

  await shopper.context().close();
  await admin.context().close();
});
