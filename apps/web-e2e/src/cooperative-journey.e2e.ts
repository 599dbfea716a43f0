import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import type {
  CertificateSubmissionDto,
  CooperativeApplicationDto,
  PortalProductDto,
} from '@shanhai/shared/contracts';
import { withCreditCodeCheck } from '@shanhai/shared/domain';
import { snap } from './support/screenshots';

// The portal is used at a desk, like the admin console: a laptop's screen with the side menu open.
test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

const ADMIN = { email: 'admin@demo.shanhai.test', password: 'shanhai-demo-2026' };

/** The demo admin's session, for the review steps whose console pages are built elsewhere. */
async function adminApi(baseURL: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', { data: ADMIN });
  expect(login.status()).toBe(200);
  return api;
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

test('a new user applies at /co/apply, is approved, lists a product with a photo and a certificate, and the product reaches the storefront', async ({
  page,
  baseURL,
}) => {
  // a whole seller's first day: applying, listing, certifying, on two shared cores
  test.setTimeout(180_000);
  const run = String(Date.now());
  const email = `coop-${run}@example.com`;
  // a unique code with the right check character: 93 (farmers' cooperative), 522622 (Huangping), 9 more
  const creditCode = withCreditCodeCheck(`93522622${run.slice(-9)}`);
  const nameZh = `旧州林下茶合作社${run.slice(-5)}`;
  const productZh = `林下古树红茶${run.slice(-5)}`;
  const admin = await adminApi(baseURL!);

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

  await test.step('the admin approves the application (through the API); the applicant opens the portal', async () => {
    const mine = (await (
      await page.request.get('/api/cooperative-applications/mine')
    ).json()) as CooperativeApplicationDto[];
    expect(mine).toHaveLength(1);
    expect(mine[0].creditCode).toBe(creditCode);
    const approved = await admin.post(`/api/admin/cooperatives/${mine[0].id}/approve`);
    expect(approved.status()).toBe(200);
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
    await snap(page, '41-co-product');
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
    await page.getByLabel('证书编号').fill(`黔扶认〔2026〕${run.slice(-6)}号`);
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
    await snap(page, '42-co-certificates');
  });

  await test.step('after the platform approves them (API), the member puts the product on sale and it is in the storefront', async () => {
    const certificates = (await (
      await page.request.get('/api/co/certificates')
    ).json()) as CertificateSubmissionDto[];
    expect(certificates).toHaveLength(1);
    expect((await admin.post(`/api/admin/products/${productId}/approve`)).status()).toBe(200);
    expect(
      (await admin.post(`/api/admin/certificates/${certificates[0].submissionId}/approve`)).status(),
    ).toBe(200);
    await page.goto(`/co/products/${productId}`);
    await page.getByRole('button', { name: /^上 ?架$/ }).click();
    await expect(page.getByText('在售')).toBeVisible();
    const product = (await (
      await page.request.get(`/api/co/products/${productId}`)
    ).json()) as PortalProductDto;
    expect(product.status).toBe('active');
    await page.goto(`/products/${product.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: productZh })).toBeVisible();
    await expect(page.getByText('¥38.80').first()).toBeVisible();
    await snap(page, '43-co-product-in-store');
  });
  await admin.dispose();
});
