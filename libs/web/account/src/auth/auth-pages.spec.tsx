import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readyCart, session } from '../testing/fixtures';
import { currentLocation, renderAccount } from '../testing/render-account';
import { failure, Reply, stubApi } from '../testing/stub-api';

const token = 'a'.repeat(40);

describe('register page', () => {
  it('shows the schema’s field errors, translated, without calling the API', async () => {
    const user = userEvent.setup();
    const api = stubApi({ 'POST /api/auth/register': new Reply(201, session) });
    await renderAccount({ url: '/register' });

    await user.type(await screen.findByLabelText('邮箱'), 'not-an-email');
    await user.type(screen.getByLabelText('密码'), 'short');
    await user.click(screen.getByRole('button', { name: '注册' }));

    expect(screen.getByLabelText('邮箱')).toHaveAccessibleDescription(
      '请输入有效的邮箱地址,如 name@example.com。',
    );
    expect(screen.getByLabelText('邮箱')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('密码')).toHaveAccessibleDescription(
      '至少 8 个字符,可以用一句好记的话。 密码至少需要 8 个字符。',
    );
    expect(screen.getByLabelText('邮箱')).toHaveFocus();
    expect(api.sent('POST /api/auth/register')).toHaveLength(0);

    // Fixing a field clears its message.
    await user.clear(screen.getByLabelText('邮箱'));
    await user.type(screen.getByLabelText('邮箱'), 'xiaoming@example.com');
    expect(screen.getByLabelText('邮箱')).not.toHaveAttribute('aria-invalid');
  });

  it('maps EMAIL_TAKEN to the email field, with the way to sign in', async () => {
    const user = userEvent.setup();
    const api = stubApi({ 'POST /api/auth/register': failure(409, 'EMAIL_TAKEN') });
    await renderAccount({ url: '/register?next=/checkout' });

    await user.type(await screen.findByLabelText(/称呼/), '小明');
    await user.type(screen.getByLabelText('邮箱'), ' XiaoMing@Example.com ');
    await user.type(screen.getByLabelText('密码'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: '注册' }));

    expect(await screen.findByText('该邮箱已注册。')).toBeInTheDocument();
    expect(screen.getByLabelText('邮箱')).toHaveAccessibleDescription('该邮箱已注册。');
    expect(screen.queryByText('EMAIL_TAKEN (server text)')).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: '直接登录' })[0]).toHaveAttribute(
      'href',
      '/login?next=/checkout',
    );
    // The schema's output is what is sent: the email trimmed and in lower case.
    expect(api.sent('POST /api/auth/register').map((r) => r.body)).toEqual([
      { email: 'xiaoming@example.com', password: 'a long passphrase', displayName: '小明' },
    ]);
  });

  it('signs the new user in and goes on to where they came from', async () => {
    const user = userEvent.setup();
    stubApi({ 'POST /api/auth/register': new Reply(201, session), 'GET /api/cart': readyCart });
    const { queryClient } = await renderAccount({ url: '/register?next=/checkout' });

    await user.type(await screen.findByLabelText('邮箱'), 'xiaoming@example.com');
    await user.type(screen.getByLabelText('密码'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: '注册' }));

    await waitFor(() => expect(currentLocation()).toBe('/checkout'));
    expect(queryClient.getQueryData(['session'])).toEqual(session.user);
  });
});

describe('login page', () => {
  it('maps TOO_MANY_ATTEMPTS with the seconds to wait', async () => {
    const user = userEvent.setup();
    stubApi({ 'POST /api/auth/login': failure(429, 'TOO_MANY_ATTEMPTS', { retryAfterSeconds: 90 }) });
    await renderAccount({ url: '/login' });

    await user.type(await screen.findByLabelText('邮箱'), 'xiaoming@example.com');
    await user.type(screen.getByLabelText('密码'), 'wrong password');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('登录尝试次数过多,请在 90 秒后再试。');
  });

  it('maps INVALID_CREDENTIALS, then signs in and returns to `next`', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    const api = stubApi({
      'POST /api/auth/login': () => (++attempt === 1 ? failure(401, 'INVALID_CREDENTIALS') : session),
      'GET /api/cart': readyCart,
    });
    const { queryClient } = await renderAccount({ url: '/login?next=/orders' });

    await user.type(await screen.findByLabelText('邮箱'), 'xiaoming@example.com');
    await user.type(screen.getByLabelText('密码'), 'wrong');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('邮箱或密码不正确。');

    await user.clear(screen.getByLabelText('密码'));
    await user.type(screen.getByLabelText('密码'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(currentLocation()).toBe('/orders'));
    expect(queryClient.getQueryData(['session'])).toEqual(session.user);
    expect(api.sent('POST /api/auth/login').map((r) => r.body)).toEqual([
      { email: 'xiaoming@example.com', password: 'wrong' },
      { email: 'xiaoming@example.com', password: 'a long passphrase' },
    ]);
  });

  it('asks for both fields before sending, and never follows a `next` to another site', async () => {
    const user = userEvent.setup();
    const api = stubApi({ 'POST /api/auth/login': session, 'GET /api/cart': readyCart });
    await renderAccount({ url: '/login?next=//evil.example' });

    await user.click(await screen.findByRole('button', { name: '登录' }));
    expect(screen.getByLabelText('邮箱')).toHaveAccessibleDescription(
      '请输入有效的邮箱地址,如 name@example.com。',
    );
    expect(screen.getByLabelText('密码')).toHaveAccessibleDescription('请填写此项。');
    expect(api.sent('POST /api/auth/login')).toHaveLength(0);

    await user.type(screen.getByLabelText('邮箱'), 'xiaoming@example.com');
    await user.type(screen.getByLabelText('密码'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(currentLocation()).toBe('/'));
  });
});

describe('password reset', () => {
  it('asks for the reset link and answers the same whether or not the account exists', async () => {
    const user = userEvent.setup();
    const api = stubApi({ 'POST /api/auth/password-reset': new Reply(202) });
    await renderAccount({ url: '/forgot-password' });

    await user.type(await screen.findByLabelText('邮箱'), 'xiaoming@example.com');
    await user.click(screen.getByRole('button', { name: '发送重置链接' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      '如果 xiaoming@example.com 已注册,重置密码的邮件已经发出。',
    );
    expect(api.sent('POST /api/auth/password-reset').map((r) => r.body)).toEqual([
      { email: 'xiaoming@example.com' },
    ]);
  });

  it('sets the new password with the token from the link', async () => {
    const user = userEvent.setup();
    const api = stubApi({ 'POST /api/auth/password-reset/confirm': new Reply(204) });
    await renderAccount({ url: `/reset-password?token=${token}` });

    await user.type(await screen.findByLabelText('新密码'), 'short');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));
    expect(screen.getByLabelText('新密码')).toHaveAttribute('aria-invalid', 'true');
    expect(api.sent('POST /api/auth/password-reset/confirm')).toHaveLength(0);

    await user.type(screen.getByLabelText('新密码'), ' and longer');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));
    expect(await screen.findByText(/密码已重置/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '去登录' })).toHaveAttribute('href', '/login');
    expect(api.sent('POST /api/auth/password-reset/confirm').map((r) => r.body)).toEqual([
      { token, password: 'short and longer' },
    ]);
  });

  it('says when the link is incomplete or no longer valid, with the way to ask again', async () => {
    const user = userEvent.setup();
    stubApi({ 'POST /api/auth/password-reset/confirm': failure(400, 'INVALID_RESET_TOKEN') });
    const incomplete = await renderAccount({ url: '/reset-password' });
    expect(await screen.findByRole('alert')).toHaveTextContent('这个链接不完整。');
    incomplete.unmount();

    await renderAccount({ url: `/reset-password?token=${token}` });
    await user.type(await screen.findByLabelText('新密码'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: '保存新密码' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('重置链接无效或已过期,请重新申请。');
    expect(screen.getByRole('link', { name: '重新申请重置链接' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});
