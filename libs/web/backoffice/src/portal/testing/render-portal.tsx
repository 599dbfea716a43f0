import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { StyleProvider } from '@ant-design/cssinjs';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, expect } from 'vitest';
import type { Locale, PortalFulfilmentDto, PortalHomeDto, SessionResponse } from '@shanhai/shared/contracts';
import { AppProviders, createI18n, createQueryClient } from '@shanhai/web/shared';
import { PortalApp } from '../../portal-app';
import { fillJsdomGaps } from '../../testing/jsdom-gaps';

fillJsdomGaps();

const missingKeys: string[] = [];

// Every spec that renders through here also checks that no shown text was a missing i18n key.
afterEach(() => {
  const missing = missingKeys.splice(0);
  expect(missing, 'i18n keys missing from the message bundles').toEqual([]);
});

function LocationProbe() {
  const location = useLocation();
  return (
    <output data-testid="location" hidden>
      {location.pathname + location.search}
    </output>
  );
}

/** Renders the portal as the app mounts it (at /co/*), in memory; sign-in is a stand-in page. */
export async function renderPortal(options: { url: string; language?: Locale }) {
  const i18n = await createI18n({
    language: options.language,
    onMissingKey: (ns, key) => missingKeys.push(`${ns}:${key}`),
  });
  const queryClient = createQueryClient({ retry: false });
  const view = render(
    <StyleProvider mock="server">
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <MemoryRouter initialEntries={[options.url]}>
          <Suspense fallback={<p>loading the portal</p>}>
            <Routes>
              <Route path="/co/*" element={<PortalApp />} />
              <Route path="/login" element={<p>storefront sign-in</p>} />
              <Route path="*" element={<p>elsewhere</p>} />
            </Routes>
          </Suspense>
          <LocationProbe />
        </MemoryRouter>
      </AppProviders>
    </StyleProvider>,
  );
  return { ...view, i18n, queryClient };
}

export function currentLocation(): string {
  return document.querySelector('[data-testid="location"]')?.textContent ?? '';
}

/** The portal, its page chunk and Ant Design are transformed on first use, on shared cores. */
export const FIRST_RENDER = { timeout: 20_000 };

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
