import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Card, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UserRoles, type AdminUserDto, type RoleChangeRequest, type UserRole } from '@shanhai/shared/contracts';
import { useLocale, useSession } from '@shanhai/web/shared';
import { formatDateTime } from '../format/date-time';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { useAdminUsers, useRoleChange } from './console-api';
import { CONSOLE_NS } from './console-messages';
import { PageHeading, useConsoleError } from './console-ui';

const ROLE_COLOURS: Record<UserRole, string> = { consumer: 'default', cooperative: 'green', admin: 'purple' };

function roleOf(value: string | null): UserRole | undefined {
  return (UserRoles as readonly string[]).includes(value ?? '') ? (value as UserRole) : undefined;
}

/** `/admin/users`: find accounts and change their role (an admin's own role is not theirs to change). */
export function UsersPage() {
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const locale = useLocale();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const role = roleOf(params.get('role'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const users = useAdminUsers({ q, role, page });
  const [text, setText] = useState(q);
  const [changing, setChanging] = useState<AdminUserDto | null>(null);
  useSessionEndsOn401(users.error);

  const apply = (next: { q?: string; role?: UserRole; page?: number }) => {
    const out = new URLSearchParams();
    if (next.q) out.set('q', next.q);
    if (next.role) out.set('role', next.role);
    if (next.page && next.page > 1) out.set('page', String(next.page));
    setParams(out);
  };

  return (
    <div className="bo-page" data-testid="console-users">
      <Flex vertical gap={16}>
        <PageHeading title={t('users.title')} lead={t('users.lead')} />
        <Card>
          <Form layout="inline" onFinish={() => apply({ q: text.trim(), role })} className="bo-gap">
            <Form.Item label={t('users.search')} htmlFor="user-q">
              <Input id="user-q" value={text} onChange={(e) => setText(e.target.value)} allowClear />
            </Form.Item>
            <Form.Item label={t('users.role')} htmlFor="user-role">
              <Select
                id="user-role"
                className="bo-select"
                allowClear
                placeholder={t('users.anyRole')}
                value={role}
                onChange={(next: UserRole | undefined) => apply({ q, role: next })}
                options={UserRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('actions.search')}
            </Button>
          </Form>
          {users.isError && <Alert type="error" showIcon className="bo-gap" title={errorOf(users.error)} />}
          <Table<AdminUserDto>
            size="small"
            rowKey="id"
            loading={users.isFetching}
            dataSource={users.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('users.empty') }}
            columns={[
              { key: 'email', title: t('users.email'), dataIndex: 'email' },
              { key: 'name', title: t('users.name'), render: (_, u) => u.displayName ?? t('none') },
              {
                key: 'role',
                title: t('users.role'),
                render: (_, u) => (
                  <>
                    <Tag color={ROLE_COLOURS[u.role]}>{t(`roles.${u.role}`)}</Tag>
                    {u.cooperativeSlug && <Typography.Text code>{u.cooperativeSlug}</Typography.Text>}
                  </>
                ),
              },
              { key: 'at', title: t('users.createdAt'), render: (_, u) => formatDateTime(u.createdAt, locale) },
              {
                key: 'action',
                title: t('certificates.actions'),
                render: (_, u) => (
                  <Button size="small" onClick={() => setChanging(u)}>
                    {u.id === session.data?.id ? t('users.changeOwnRole') : t('users.changeRole')}
                  </Button>
                ),
              },
            ]}
          />
          <Flex justify="end" gap={8} className="bo-gap-top">
            <Button disabled={page <= 1} onClick={() => apply({ q, role, page: page - 1 })}>
              {t('actions.previous')}
            </Button>
            <Button disabled={(users.data?.length ?? 0) < 50} onClick={() => apply({ q, role, page: page + 1 })}>
              {t('actions.next')}
            </Button>
          </Flex>
        </Card>
      </Flex>
      {changing && <RoleModal user={changing} onClose={() => setChanging(null)} />}
    </div>
  );
}

function RoleModal({ user, onClose }: { user: AdminUserDto; onClose: () => void }) {
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const change = useRoleChange();
  const [role, setRole] = useState<UserRole>(user.role);
  const [slug, setSlug] = useState(user.cooperativeSlug ?? '');
  const [tried, setTried] = useState(false);
  const slugMissing = role === 'cooperative' && slug.trim() === '';

  const confirm = () => {
    setTried(true);
    if (slugMissing) return;
    const request: RoleChangeRequest =
      role === 'cooperative' ? { role, cooperativeSlug: slug.trim() } : { role };
    change.mutate({ userId: user.id, request }, { onSuccess: onClose });
  };

  return (
    <Modal
      open
      title={t('users.changeRoleTitle', { email: user.email })}
      okText={t('users.saveRole')}
      cancelText={t('actions.cancel')}
      okButtonProps={{ loading: change.isPending }}
      onOk={confirm}
      onCancel={onClose}
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('users.newRole')} htmlFor="new-role">
          <Select
            id="new-role"
            value={role}
            onChange={(next: UserRole) => setRole(next)}
            options={UserRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
        </Form.Item>
        {role === 'cooperative' && (
          <Form.Item
            label={t('users.cooperativeSlug')}
            required
            htmlFor="new-role-cooperative"
            validateStatus={tried && slugMissing ? 'error' : undefined}
            help={tried && slugMissing ? t('users.cooperativeSlugMissing') : t('users.cooperativeSlugHint')}
          >
            <Input id="new-role-cooperative" value={slug} onChange={(e) => setSlug(e.target.value)} />
          </Form.Item>
        )}
      </Form>
      {change.isError && <Alert type="error" showIcon title={errorOf(change.error)} />}
    </Modal>
  );
}
