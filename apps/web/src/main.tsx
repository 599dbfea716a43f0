import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders, createI18n, createQueryClient } from '@shanhai/web/shared';
import { storefrontMessageBundles } from '@shanhai/web/storefront';
import { App } from './app';

// Top-level await: the first paint already speaks the stored language (its chunk loads first).
const i18n = await createI18n({ bundles: storefrontMessageBundles });
const queryClient = createQueryClient();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
