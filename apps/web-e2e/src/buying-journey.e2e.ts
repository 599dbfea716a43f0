import { expect, test } from '@playwright/test';
import type { OrderDto } from '@shanhai/shared/contracts';
import { snap } from './support/screenshots';

test('a guest adds goods from two cooperatives, registers, pays offline and sees two shipments', async ({ page }) => {
  const email = `journey-${Date.now()}@example.com`;

  await test.step('in English, add tea from one cooperative and mushrooms from another', async () => {
    await page.goto('/');
    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    for (const slug of ['louyang-lake-organic-tea-gift-box', 'termite-mushroom-fresh']) {
      await page.goto(`/products/${slug}`);
      await page.getByTestId('add-to-cart').click();
      await expect(page.getByText(/Added to your cart/)).toBeVisible();
    }
    await expect(page.getByTestId('cart-link')).toContainText('2');
    await snap(page, '10-added-to-cart');
  });

  await test.step('the cart shows one shipment per cooperative', async () => {
    await page.getByTestId('cart-link').click();
    await expect(page).toHaveURL(/\/cart$/);
    await expect(page.getByTestId('cart-line')).toHaveCount(2);
    await expect(page.getByText('Guizhou Lebainian Health Industry Development Co., Ltd.').first()).toBeVisible();
    await expect(page.getByText(/Langdong East.West Cooperation Edible Fungi Park/).first()).toBeVisible();
    await snap(page, '11-cart');
  });

  await test.step('checking out as a guest leads to registration, and the cart follows', async () => {
    await page.getByTestId('checkout-button').click();
    await expect(page).toHaveURL(/\/login\?next=%2Fcheckout|\/login\?next=\/checkout/);
    await page.getByRole('link', { name: 'Create one' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('a long enough passphrase');
    await snap(page, '12-register');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(/\/checkout$/);
  });

  await test.step('add a Chinese delivery address and place the order, paying offline', async () => {
    await page.getByLabel('Recipient').fill('王小明');
    await page.getByLabel('Mobile number').fill('138 0013 8000');
    await page.getByLabel('Province / region / municipality').fill('浙江省');
    await page.getByLabel('City').fill('杭州市');
    await page.getByLabel('District / county').fill('拱墅区');
    await page.getByLabel('Street address').fill('湖墅南路 88 号');
    await page.getByRole('button', { name: 'Save the address' }).click();
    await expect(page.getByText('湖墅南路 88 号').first()).toBeVisible();
    await snap(page, '13-checkout');
    await page.getByTestId('place-order').click();
    await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  });

  await test.step('the order shows two shipments, the payment instructions and the timeline', async () => {
    await expect(page.getByTestId('shipment')).toHaveCount(2);
    await expect(page.getByTestId('payment-instructions')).toContainText('bank transfer');
    await expect(page.getByTestId('order-status')).toBeVisible();
    const id = page.url().split('/').pop()!;
    const order: OrderDto = await (await page.request.get(`/api/orders/${id}`)).json();
    expect(order.status).toBe('awaiting_payment');
    expect(order.fulfilments.map((f) => f.cooperative.slug).sort()).toEqual(['langdong-fungi-park', 'lebainian-health']);
    await expect(page.getByText(order.number)).toBeVisible();
    await snap(page, '14-order');
    // the cart is empty now: the order took its lines
    await expect(page.getByTestId('cart-link')).not.toContainText('2');
  });
});
