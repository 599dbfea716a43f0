import { Suspense, type ReactElement } from 'react';
import { render } from '@testing-library/react';
import { StyleProvider } from '@ant-design/cssinjs';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, expect } from 'vitest';
import type { Locale } from '@shanhai/shared/contracts';
import { addMessageBundles, AppProviders, createI18n, createQueryClient } from '@shanhai/web/shared';
import { AdminApp } from '../admin-app';
import { backofficeMessageBundles } from '../backoffice-message-bundles';
import { AntdProvider } from '../shell/antd-provider';
import { fillJsdomGaps } from './jsdom-gaps';

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

/**
 * Renders the admin console as the app mounts it (at /admin/*, its namespaces added when it loads),
 * in memory. The storefront's sign-in page is a stand-in here: a redirect to it is what is checked.
 */
export async function renderAdmin(options: { url: string; language?: Locale }) {
  const i18n = await createI18n({
    language: options.language,
    onMissingKey: (ns, key) => missingKeys.push(`${ns}:${key}`),
  });
  const queryClient = createQueryClient({ retry: false });
  // Ant Design's CSS-in-JS as on a server: styles are worked out but not parsed by jsdom, which
  // has no layout to apply them to and is slow at parsing them.
  const view = render(
    <StyleProvider mock="server">
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <MemoryRouter initialEntries={[options.url]}>
          <Suspense fallback={<p>loading the console</p>}>
            <Routes>
              <Route path="/admin/*" element={<AdminApp />} />
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

/** The location the router is at, e.g. `/login?next=/admin/aid`. */
export function currentLocation(): string {
  return document.querySelector('[data-testid="location"]')?.textContent ?? '';
}

/**
 * How long the first page of a spec may take to appear: the console, its page chunk and Ant Design
 * are transformed on first use, on two cores shared with other jobs.
 */
export const FIRST_RENDER = { timeout: 20_000 };

/** Renders one piece of the console (not a page) with the console's words and Ant Design set up. */
export async function renderInConsole(ui: ReactElement, options: { language?: Locale } = {}) {
  const i18n = await createI18n({
    language: options.language,
    onMissingKey: (ns, key) => missingKeys.push(`${ns}:${key}`),
  });
  addMessageBundles(i18n, backofficeMessageBundles);
  const queryClient = createQueryClient({ retry: false });
  const view = render(
    <StyleProvider mock="server">
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <MemoryRouter>
          <Suspense fallback={<p>loading the console</p>}>
            <AntdProvider>{ui}</AntdProvider>
          </Suspense>
        </MemoryRouter>
      </AppProviders>
    </StyleProvider>,
  );
  return { ...view, i18n, queryClient };
}
