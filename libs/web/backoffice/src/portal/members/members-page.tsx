import { App, Button, Card, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InvitationDto, MemberDto } from '@shanhai/shared/contracts';
import { ErrorState, useErrorMessage, useLocale } from '@shanhai/web/shared';
import { formatDateTime } from '../../format/date-time';
import { useInvite, useMembers, useRevokeInvitation } from '../api/portal-api';
import { showFieldErrors } from '../shell/field-errors';
import { PORTAL_NS } from '../shell/portal-messages';

function invitationState(i: InvitationDto, now: number): 'accepted' | 'revoked' | 'expired' | 'open' {
  if (i.acceptedAt) return 'accepted';
  if (i.revokedAt) return 'revoked';
  if (Date.parse(i.expiresAt) < now) return 'expired';
  return 'open';
}

/** `/co/members`: who acts for the cooperative; invite someone by email; withdraw an open invitation. */
export function MembersPage() {
  const { t } = useTranslation(PORTAL_NS);
  const locale = useLocale();
  const messageOf = useErrorMessage(PORTAL_NS);
  const { message } = App.useApp();
  const members = useMembers();
  const invite = useInvite();
  const revoke = useRevokeInvitation();
  const [form] = Form.useForm<{ email: string }>();
  const now = Date.now();
  return (
    <div className="co-page">
      <title>{t('documentTitle', { page: t('members.title') })}</title>
      <Typography.Title level={1}>{t('members.title')}</Typography.Title>
      <Card title={t('members.inviteTitle')}>
        <Form
          form={form}
          layout="inline"
          aria-label={t('members.inviteTitle')}
          onFinish={({ email }) =>
            invite.mutate(email.trim(), {
              onSuccess: () => {
                void message.success(t('members.invited', { email }));
                form.resetFields();
              },
              onError: (error) => {
                showFieldErrors(form, error);
                void message.error(messageOf(error));
              },
            })
          }
        >
          <Form.Item
            name="email"
            label={t('members.email')}
            rules={[
              { required: true, message: t('form.required') },
              { type: 'email', message: t('form.email') },
            ]}
          >
            <Input type="email" style={{ width: 280 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={invite.isPending}>
            {t('members.invite')}
          </Button>
        </Form>
      </Card>
      {members.isError ? (
        <ErrorState error={members.error} ns={PORTAL_NS} onRetry={() => void members.refetch()} />
      ) : (
        <>
          <Card title={t('members.membersTitle')}>
            <Table<MemberDto>
              rowKey="id"
              loading={members.isPending}
              dataSource={members.data?.members ?? []}
              pagination={false}
              columns={[
                { key: 'name', title: t('members.name'), render: (_, m) => m.displayName ?? '—' },
                { key: 'email', title: t('members.email'), dataIndex: 'email' },
                {
                  key: 'since',
                  title: t('members.since'),
                  render: (_, m) => formatDateTime(m.createdAt, locale),
                },
              ]}
            />
          </Card>
          <Card title={t('members.invitationsTitle')}>
            <Table<InvitationDto>
              rowKey="id"
              loading={members.isPending}
              dataSource={members.data?.invitations ?? []}
              pagination={false}
              locale={{ emptyText: t('members.noInvitations') }}
              columns={[
                { key: 'email', title: t('members.email'), dataIndex: 'email' },
                {
                  key: 'sent',
                  title: t('members.sent'),
                  render: (_, i) => formatDateTime(i.createdAt, locale),
                },
                {
                  key: 'expires',
                  title: t('members.expires'),
                  render: (_, i) => formatDateTime(i.expiresAt, locale),
                },
                {
                  key: 'state',
                  title: t('members.state'),
                  render: (_, i) => <Tag>{t(`members.states.${invitationState(i, now)}`)}</Tag>,
                },
                {
                  key: 'actions',
                  title: t('products.columns.actions'),
                  render: (_, i) =>
                    invitationState(i, now) === 'open' ? (
                      <Space>
                        <Popconfirm
                          title={t('members.revokeConfirm', { email: i.email })}
                          okText={t('members.revoke')}
                          cancelText={t('form.cancel')}
                          onConfirm={() =>
                            revoke.mutate(i.id, {
                              onSuccess: () => void message.success(t('members.revoked')),
                              onError: (error) => void message.error(messageOf(error)),
                            })
                          }
                        >
                          <Button size="small" danger>
                            {t('members.revoke')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ) : null,
                },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
