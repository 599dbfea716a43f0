import { lazy, useState } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { addMessageBundles } from '@shanhai/web/shared';
import { backofficeMessageBundles } from './backoffice-message-bundles';
import { AdminGate } from './shell/admin-gate';
import { AdminLayout } from './shell/admin-layout';
import { AntdProvider } from './shell/antd-provider';
import { BACKOFFICE_NS } from './shell/backoffice-messages';
import './backoffice.css';

// One chunk per page: ECharts comes only with the dashboard.
const importsPages = () => import('./aid-imports/imports-pages');
const AidDashboardPage = lazy(() =>
  import('./aid-dashboard/aid-dashboard-page').then((m) => ({ default: m.AidDashboardPage })),
);
const ImportsPage = lazy(() => importsPages().then((m) => ({ default: m.ImportsPage })));
const ImportPage = lazy(() => importsPages().then((m) => ({ default: m.ImportPage })));
const IndicatorsPage = lazy(() =>
  import('./indicators/indicators-page').then((m) => ({ default: m.IndicatorsPage })),
);
const PeriodsPage = lazy(() =>
  import('./aid-periods/periods-page').then((m) => ({ default: m.PeriodsPage })),
);
const consolePages = () => import('./console/console-pages');
const CooperativesPage = lazy(() => consolePages().then((m) => ({ default: m.CooperativesPage })));
const ProductsPage = lazy(() => consolePages().then((m) => ({ default: m.ProductsPage })));
const CertificatesPage = lazy(() => consolePages().then((m) => ({ default: m.CertificatesPage })));
const OrdersPage = lazy(() => consolePages().then((m) => ({ default: m.OrdersPage })));
const OrderPage = lazy(() => consolePages().then((m) => ({ default: m.OrderPage })));
const UsersPage = lazy(() => consolePages().then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => consolePages().then((m) => ({ default: m.AuditPage })));

function AdminNotFound() {
  const { t } = useTranslation(BACKOFFICE_NS);
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.body')}
      extra={
        <Button type="primary" onClick={() => void navigate('/admin/aid')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}

/**
 * The admin console, mounted by the app at `/admin/*` and loaded only when first opened: Ant Design,
 * ECharts and the console's words never reach the storefront's pages. Admins only (AdminGate).
 */
export function AdminApp() {
  const { i18n } = useTranslation();
  // During the first render, not in an effect: the shell asks for its namespace in this same render.
  useState(() => addMessageBundles(i18n, backofficeMessageBundles));
  return (
    <AntdProvider>
      <AdminGate>
        {(user) => (
          <Routes>
            <Route element={<AdminLayout user={user} />}>
              <Route index element={<Navigate replace to="aid" />} />
              <Route path="aid" element={<AidDashboardPage />} />
              <Route path="aid/imports" element={<ImportsPage />} />
              <Route path="aid/imports/:id" element={<ImportPage />} />
              <Route path="aid/indicators" element={<IndicatorsPage />} />
              <Route path="aid/periods" element={<PeriodsPage />} />
              <Route path="cooperatives" element={<CooperativesPage />} />
              <Route path="products" element={<ProductsPage />} />
              <Route path="certificates" element={<CertificatesPage />} />
              <Route path="orders" element={<OrdersPage />} />
              <Route path="orders/:id" element={<OrderPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="audit" element={<AuditPage />} />
              <Route path="*" element={<AdminNotFound />} />
            </Route>
          </Routes>
        )}
      </AdminGate>
    </AntdProvider>
  );
}
