import { expect, test } from '@playwright/test';
import type { ProductDetailDto, ProductListResponse } from '@shanhai/shared/contracts';
import { snap } from './support/screenshots';

const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

test('a shopper browses in Chinese, switches to English, searches for tea and picks a variant', async ({ page, request }) => {
  // The product this journey will open: a tea from the search results with two variants in stock.
  const found: ProductListResponse = await (await request.get('/api/products?q=tea&pageSize=100')).json();
  const details: ProductDetailDto[] = await Promise.all(
    found.items.map(async (i) => (await request.get(`/api/products/${i.slug}`)).json() as Promise<ProductDetailDto>),
  );
  const target = details.find((d) => d.variants.filter((v) => v.available > 0).length >= 2);
  expect(target, 'the demo data has a tea with two variants in stock').toBeDefined();
  const product = target!;

  await test.step('home in Chinese with the reported figures', async () => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('link', { name: '商品', exact: true }).first()).toBeVisible();
    await expect(page.getByText('5,207.39 万元')).toBeVisible();
    await expect(page.getByText('1,742').first()).toBeVisible();
    await snap(page, '01-home-zh');
  });

  await test.step('switch to English, which persists over a reload', async () => {
    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Products', exact: true }).first()).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('¥52,073,900.00')).toBeVisible();
    await snap(page, '02-home-en');
  });

  await test.step('search "tea"', async () => {
    const search = page.getByTestId('search-input');
    await search.fill('tea');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/products\?(.*&)?q=tea/);
    await expect(page.getByTestId('product-card')).toHaveCount(found.items.length);
    await expect(page.getByText(new RegExp(`\\b${found.total}\\b`)).first()).toBeVisible();
    await snap(page, '03-search-tea');
  });

  await test.step('open the product', async () => {
    await page.getByTestId('product-card').filter({ hasText: product.name.en }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/products/${product.slug}$`));
    await expect(page.getByRole('heading', { level: 1, name: product.name.en })).toBeVisible();
    await snap(page, '04-product');
  });

  await test.step('pick the second variant in stock: the price follows', async () => {
    const inStock = product.variants.filter((v) => v.available > 0);
    const second = inStock[1];
    const option = page.getByTestId('variant-option').filter({ hasText: second.label.en });
    await option.getByRole('radio').check();
    await expect(option.getByRole('radio')).toBeChecked();
    await expect(page.locator('.product-info__price')).toContainText(yuan(second.priceFen));
    for (const soldOut of product.variants.filter((v) => v.available === 0)) {
      await expect(page.getByTestId('variant-option').filter({ hasText: soldOut.label.en }).getByRole('radio')).toBeDisabled();
    }
    await snap(page, '05-variant-picked');
  });
});

test('an unknown product shows a clear not-found page in the chosen language', async ({ page }) => {
  await page.goto('/products/no-such-tea');
  await expect(page.getByText('商品不存在')).toBeVisible();
  await expect(page.getByRole('link', { name: '返回商品列表' })).toBeVisible();
  await page.getByTestId('language-switch').click();
  await expect(page.getByText('Product not found')).toBeVisible();
  await snap(page, '06-product-not-found');
});

test('the story page shows every reported figure from the data', async ({ page, request }) => {
  const story = await (await request.get('/api/story')).json();
  await page.goto('/story');
  await expect(page.getByText('5,207.39 万元').first()).toBeVisible();
  for (const indicator of story.indicators.slice(0, 5)) {
    await expect(page.getByText(indicator.label.zh, { exact: false }).first()).toBeVisible();
  }
  // the scorecard: the report's total, then what the platform recorded since, from the ledger
  const scorecard = await (await request.get('/api/aid/public-summary')).json();
  expect(scorecard.reportedFen).toBe(5207390000);
  await expect(page.getByTestId('aid-scorecard')).toContainText('5,207.39 万元');
  await expect(page.getByTestId('aid-scorecard')).toContainText('山海集市此后记录');
  await snap(page, '07-story-zh');
});
