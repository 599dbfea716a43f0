import { lazy, Suspense, useState } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { addMessageBundles } from '@shanhai/web/shared';
import { portalMessageBundles } from './portal/portal-message-bundles';
import { AntdProvider } from './shell/antd-provider';
import { PortalGate } from './portal/shell/portal-gate';
import { PortalLayout } from './portal/shell/portal-layout';
import { PORTAL_NS } from './portal/shell/portal-messages';
import './backoffice.css';
import './portal/portal.css';

const pages = () => import('./portal/portal-pages');
const PortalHomePage = lazy(() => pages().then((m) => ({ default: m.PortalHomePage })));
const ApplyPage = lazy(() => pages().then((m) => ({ default: m.ApplyPage })));
const ProductsPage = lazy(() => pages().then((m) => ({ default: m.ProductsPage })));
const NewProductPage = lazy(() => pages().then((m) => ({ default: m.NewProductPage })));
const ProductPage = lazy(() => pages().then((m) => ({ default: m.ProductPage })));
const CertificatesPage = lazy(() => pages().then((m) => ({ default: m.CertificatesPage })));
const OrdersPage = lazy(() => pages().then((m) => ({ default: m.OrdersPage })));
const PickListPage = lazy(() => pages().then((m) => ({ default: m.PickListPage })));
const PayoutsPage = lazy(() => pages().then((m) => ({ default: m.PayoutsPage })));
const MembersPage = lazy(() => pages().then((m) => ({ default: m.MembersPage })));
const JoinPage = lazy(() => pages().then((m) => ({ default: m.JoinPage })));

function PortalNotFound() {
  const { t } = useTranslation(PORTAL_NS);
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.body')}
      extra={
        <Button type="primary" onClick={() => void navigate('/co')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}

/**
 * The cooperative portal, mounted by the app at `/co/*` and loaded only when first opened. A
 * member of a cooperative gets its pages; a signed-in shopper gets the application (`/co/apply`)
 * and nothing else; guests sign in first; admins are sent to the console (PortalGate). The
 * invitation link (`/co/join?token=…`) is open to guests, who create their account there.
 */
export function PortalApp() {
  const { i18n } = useTranslation();
  // During the first render, not in an effect: the gate asks for its namespace in this same render.
  useState(() => addMessageBundles(i18n, portalMessageBundles));
  return (
    <AntdProvider>
      <Routes>
        {/* the mailed invitation's link: open to guests, who create their account there */}
        <Route
          path="join"
          element={
            <Suspense
              fallback={
                <div className="bo-centre">
                  <Spin size="large" />
                </div>
              }
            >
              <JoinPage />
            </Suspense>
          }
        />
        <Route
          path="*"
          element={
            <PortalGate>
              {(user, access) =>
                access === 'member' ? (
                  <Routes>
                    <Route element={<PortalLayout user={user} member />}>
                      <Route index element={<PortalHomePage />} />
                      <Route path="apply" element={<ApplyPage />} />
                      <Route path="products" element={<ProductsPage />} />
                      <Route path="products/new" element={<NewProductPage />} />
                      <Route path="products/:id" element={<ProductPage />} />
                      <Route path="certificates" element={<CertificatesPage />} />
                      <Route path="orders" element={<OrdersPage />} />
                      <Route path="orders/pick-list" element={<PickListPage />} />
                      <Route path="payouts" element={<PayoutsPage />} />
                      <Route path="members" element={<MembersPage />} />
                      <Route path="*" element={<PortalNotFound />} />
                    </Route>
                  </Routes>
                ) : (
                  <Routes>
                    <Route element={<PortalLayout user={user} member={false} />}>
                      <Route path="apply" element={<ApplyPage />} />
                      <Route path="*" element={<Navigate replace to="/co/apply" />} />
                    </Route>
                  </Routes>
                )
              }
            </PortalGate>
          }
        />
      </Routes>
    </AntdProvider>
  );
}
