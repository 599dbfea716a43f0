import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { shopperSession } from '../../testing/fixtures';
import { failure, stubApi } from '../../testing/stub-api';
import { currentLocation, FIRST_RENDER, home, memberSession, renderPortal } from '../testing/render-portal';

const TOKEN = 'k3J9xQ2mZ7pW4vN8rT6yB1cD5fG0hL';

describe('the invitation link /co/join', { timeout: 60_000 }, () => {
  it('lets a guest create the invited account and opens the portal as a member', async () => {
    let joined = false;
    const api = stubApi({
      'GET /api/auth/me': () => (joined ? memberSession : failure(401, 'UNAUTHENTICATED')),
      'POST /api/invitations/accept': () => {
        joined = true;
        return memberSession;
      },
      'GET /api/co/home': home,
    });
    const user = userEvent.setup();
    await renderPortal({ url: `/co/join?token=${TOKEN}` });
    expect(
      await screen.findByRole('heading', { level: 1, name: '加入合作社' }, FIRST_RENDER),
    ).toBeInTheDocument();
    await user.type(await screen.findByLabelText('称呼(可选)'), '小杨');
    await user.type(screen.getByLabelText('设置密码'), 'short');
    await user.click(screen.getByRole('button', { name: '创建账号并加入' }));
    expect(await screen.findByText('密码至少 8 个字符')).toBeInTheDocument();
    expect(api.sent('POST /api/invitations/accept')).toHaveLength(0);

    await user.type(screen.getByLabelText('设置密码'), ' enough now');
    await user.click(screen.getByRole('button', { name: '创建账号并加入' }));
    await waitFor(() => expect(currentLocation()).toBe('/co'));
    expect(api.sent('POST /api/invitations/accept')[0].body).toEqual({
      token: TOKEN,
      password: 'short enough now',
      displayName: '小杨',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: '浪洞镇东西部协作食用菌产业园' }),
    ).toBeInTheDocument();
  });

  it('tells a signed-in person with another email to sign in with the invited one', async () => {
    stubApi({
      'GET /api/auth/me': shopperSession,
      'POST /api/invitations/accept': failure(403, 'INVITATION_WRONG_ACCOUNT'),
    });
    const user = userEvent.setup();
    await renderPortal({ url: `/co/join?token=${TOKEN}`, language: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Join a cooperative' }, FIRST_RENDER);
    expect(await screen.findByText(/You are signed in as shopper@demo\.shanhai\.test/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accept the invitation' }));
    expect(
      await screen.findByText('This invitation is for another email; sign in with the invited one.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Use another account' })).toHaveAttribute(
      'href',
      `/login?next=/co/join%3Ftoken%3D${TOKEN}`,
    );
  });
});
