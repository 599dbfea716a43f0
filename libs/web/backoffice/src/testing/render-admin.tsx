import { Suspense, type ReactElement } from 'react';
import { render } from '@testing-library/react';
import { StyleProvider } from '@ant-design/cssinjs';
import { MemoryRouter } from 'react-router';
import type { Locale } from '@shanhai/shared/contracts';
import { addMessageBundles, AppProviders, createQueryClient } from '@shanhai/web/shared';
import { AdminApp } from '../admin-app';
import { backofficeMessageBundles } from '../backoffice-message-bundles';
import { AntdProvider } from '../shell/antd-provider';
import { renderArea, specI18n } from './render-area';

export { currentLocation, FIRST_RENDER } from './render-area';

/** Renders the admin console as the app mounts it (at /admin/*, its namespaces added when it loads). */
export function renderAdmin(options: { url: string; language?: Locale }) {
  return renderArea({ ...options, mount: '/admin/*', area: <AdminApp />, loading: 'loading the console' });
}

/** Renders one piece of the console (not a page) with the console's words and Ant Design set up. */
export async function renderInConsole(ui: ReactElement, options: { language?: Locale } = {}) {
  const i18n = await specI18n(options.language);
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
