import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Locale, PortalFulfilmentDto, PortalHomeDto, SessionResponse } from '@shanhai/shared/contracts';
import { PortalApp } from '../../portal-app';
import { renderArea } from '../../testing/render-area';

export { currentLocation, FIRST_RENDER } from '../../testing/render-area';

/** Renders the portal as the app mounts it (at /co/*), in memory; sign-in is a stand-in page. */
export function renderPortal(options: { url: string; language?: Locale }) {
  return renderArea({ ...options, mount: '/co/*', area: <PortalApp />, loading: 'loading the portal' });
}

// ---- contract-shaped answers ----

export const memberSession: SessionResponse = {
  user: {
    id: '3c2b1a0f-9e8d-4c7b-8a69-5f4e3d2c1b0a',
    email: 'langdong-fungi-park@demo.shanhai.test',
    displayName: '浪洞菌菇园',
    role: 'cooperative',
    cooperativeSlug: 'langdong-fungi-park',
  },
};

export const home: PortalHomeDto = {
  cooperative: {
    slug: 'langdong-fungi-park',
    name: { zh: '浪洞镇东西部协作食用菌产业园', en: 'Langdong East–West Cooperation Edible Fungi Park' },
    status: 'approved',
    commissionBps: 500,
  },
  toShip: 3,
  lowStock: [
    {
      variantId: 'v-1',
      sku: 'LD-JZ-250',
      productName: { zh: '鸡枞菌干', en: 'Dried termite mushroom' },
      available: 2,
    },
  ],
  expiringCertificates: [],
  pendingReview: { products: 1, certificates: 1 },
  thisMonth: { month: '2026-11', orders: 12, salesFen: 345_600 },
};

export const toShip: PortalFulfilmentDto = {
  id: '7d6c5b4a-3928-4716-a5b4-c3d2e1f0a9b8',
  orderId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  orderNumber: 'SH20261128-0042',
  status: 'to_ship',
  itemsFen: 25_600,
  shippingFen: 1_200,
  carrier: null,
  trackingNumber: null,
  shippedAt: null,
  placedAt: '2026-11-28T03:00:00.000Z',
  note: null,
  address: {
    recipient: '王女士',
    mobile: '138****0000',
    province: '浙江省',
    city: '杭州市',
    district: '拱墅区',
    street: '示例路 1 号',
    postalCode: null,
  },
  lines: [
    {
      sku: 'LD-JZ-250',
      name: { zh: '鸡枞菌干', en: 'Dried termite mushroom' },
      variantLabel: { zh: '250 克', en: '250 g' },
      quantity: 2,
      unitPriceFen: 12_800,
      lineTotalFen: 25_600,
      refundedFen: 0,
    },
  ],
};

/** Opens an Ant Design select and clicks the option shown with that name (its a11y listbox is not clickable). */
export async function choose(user: UserEvent, label: string | RegExp, name: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  const option = (await screen.findAllByTitle(name)).find((el) =>
    el.classList.contains('ant-select-item-option'),
  );
  if (!option) throw new Error(`no option ${name}`);
  await user.click(option);
}
