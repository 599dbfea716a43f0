import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@shanhai/shared/contracts';
import { LanguageSwitch, useErrorMessage, useSession } from '@shanhai/web/shared';
import { loginPath } from '../../shell/login-path';
import { PORTAL_NS } from './portal-messages';
import { portalAccess, type PortalAccess } from './portal-access';

/**
 * Who sees what at /co: a guest goes to sign in and comes back to the same address; an admin is
 * told the console is elsewhere; members and applicants get their routes (the API checks the role
 * on every request too).
 */
export function PortalGate({
  children,
}: {
  children: (user: UserDto, access: Exclude<PortalAccess, 'sign-in' | 'admin'>) => ReactNode;
}) {
  const { t } = useTranslation(PORTAL_NS);
  const messageOf = useErrorMessage(PORTAL_NS);
  const session = useSession();
  const { pathname, search } = useLocation();
  if (session.isPending)
    return (
      <div className="bo-centre">
        <Spin size="large" />
      </div>
    );
  if (session.isError)
    return (
      <Result
        status="error"
        title={t('pageError.title')}
        subTitle={messageOf(session.error)}
        extra={
          <Button type="primary" onClick={() => void session.refetch()}>
            {t('pageError.reload')}
          </Button>
        }
      />
    );
  const user = session.data ?? null;
  const access = portalAccess(user);
  if (access === 'sign-in' || !user) return <Navigate replace to={loginPath(pathname + search)} />;
  if (access === 'admin')
    return (
      <div className="bo-forbidden" data-testid="portal-admin">
        <div className="bo-forbidden__bar">
          <LanguageSwitch />
        </div>
        <Result
          status="info"
          title={<h1 className="bo-forbidden__title">{t('gate.adminTitle')}</h1>}
          subTitle={t('gate.adminBody', { email: user.email })}
          extra={[
            <Button key="admin" type="primary" href="/admin">
              {t('gate.toAdmin')}
            </Button>,
            <Button key="switch" href={loginPath(pathname + search)}>
              {t('gate.switchAccount')}
            </Button>,
          ]}
        />
      </div>
    );
  return children(user, access);
}
