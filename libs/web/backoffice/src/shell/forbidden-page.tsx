import { useLocation } from 'react-router';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@shanhai/shared/contracts';
import { LanguageSwitch } from '@shanhai/web/shared';
import { BACKOFFICE_NS } from './backoffice-messages';
import { loginPath } from './login-path';

/** 403 for a signed-in user who is not an admin, with the ways out: the store, or another account. */
export function ForbiddenPage({ user }: { user: UserDto }) {
  const { t } = useTranslation(BACKOFFICE_NS);
  const { pathname, search } = useLocation();
  return (
    <div className="bo-forbidden" data-testid="admin-forbidden">
      <title>{t('forbidden.documentTitle')}</title>
      <div className="bo-forbidden__bar">
        <LanguageSwitch />
      </div>
      <Result
        status="403"
        title={<h1 className="bo-forbidden__title">{t('forbidden.title')}</h1>}
        subTitle={t('forbidden.body', { email: user.email })}
        extra={[
          <Button key="store" type="primary" href="/">
            {t('forbidden.backToStore')}
          </Button>,
          <Button key="switch" href={loginPath(pathname + search)}>
            {t('forbidden.switchAccount')}
          </Button>,
        ]}
      />
    </div>
  );
}
