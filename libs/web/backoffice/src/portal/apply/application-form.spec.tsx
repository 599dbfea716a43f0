import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CooperativeApplicationDto, CooperativeApplicationRequest } from '@shanhai/shared/contracts';
import { catalogueRoutes, shopperSession } from '../../testing/fixtures';
import { failure, stubApi, type SentRequest } from '../../testing/stub-api';
import { choose, FIRST_RENDER, renderPortal } from '../testing/render-portal';
import { creditCodeMessageKey } from './credit-code-rule';

// A code whose check character is right (GB 32100-2015), and the same with the wrong one.
const VALID_CODE = '93522622MA6DLX8K28';
const WRONG_CHECK = '93522622MA6DLX8K29';

describe('creditCodeMessageKey', () => {
  it('applies the shared rule: length, characters, check character', () => {
    expect(creditCodeMessageKey(VALID_CODE)).toBeNull();
    expect(creditCodeMessageKey(` ${VALID_CODE.toLowerCase()} `)).toBeNull();
    expect(creditCodeMessageKey(WRONG_CHECK)).toBe('apply.creditCode.check');
    expect(creditCodeMessageKey('93522622MA6DLX8K2')).toBe('apply.creditCode.length');
    expect(creditCodeMessageKey('93522622MA6DLX8KO8')).toBe('apply.creditCode.characters');
    expect(creditCodeMessageKey('')).toBe('apply.creditCode.required');
  });
});

function application(request: CooperativeApplicationRequest): CooperativeApplicationDto {
  return {
    id: 'a-1',
    slug: 'pingxiba-tea',
    name: { zh: request.nameZh, en: request.nameEn },
    legalForm: request.legalForm,
    creditCode: request.creditCode,
    township: { slug: 'jiuzhou', name: { zh: '旧州镇', en: 'Jiuzhou Town' } },
    village: { slug: 'pingxiba', name: { zh: '平西坝村', en: 'Pingxiba Village' } },
    contactName: request.contactName,
    contactPhone: request.contactPhone,
    contactEmail: request.contactEmail,
    story: { zh: request.storyZh, en: request.storyEn ?? '' },
    benefitMechanisms: [],
    linkedHouseholds: request.linkedHouseholds,
    linkedPersons: request.linkedPersons,
    status: 'pending',
    statusReason: null,
    commissionBps: 500,
    applicantUserId: shopperSession.user.id,
    createdAt: '2026-11-29T02:00:00.000Z',
    reviewedAt: null,
  };
}

async function fillEverythingButTheCode(user: UserEvent) {
  await user.type(screen.getByRole('textbox', { name: '名称(中文)' }), '平西坝林下茶专业合作社');
  await user.type(
    screen.getByRole('textbox', { name: '名称(英文)' }),
    'Pingxiba Under-forest Tea Cooperative',
  );
  await choose(user, '乡镇', '旧州镇');
  await choose(user, '村', '平西坝村');
  await user.type(screen.getByRole('textbox', { name: '联系人姓名' }), '杨师傅');
  await user.type(screen.getByRole('textbox', { name: '联系电话' }), '0855-1234567');
  await user.type(screen.getByRole('textbox', { name: '联系邮箱' }), 'tea@example.test');
  await user.type(screen.getByRole('textbox', { name: '合作社故事(中文)' }), '林下种茶,带动本村农户。');
  await choose(user, '机制 1', '务工工资');
  await user.type(screen.getByRole('textbox', { name: '说明(中文)' }), '采茶季按日结工资');
  await user.type(screen.getByRole('spinbutton', { name: '带动农户数(户)' }), '42');
  await user.type(screen.getByRole('spinbutton', { name: '带动人数(人)' }), '130');
}

describe('the application form', { timeout: 60_000 }, () => {
  it('refuses a credit code whose check character is wrong before sending, then applies and shows the status', async () => {
    let applied: CooperativeApplicationDto | null = null;
    const api = stubApi({
      'GET /api/auth/me': shopperSession,
      ...catalogueRoutes,
      'GET /api/cooperative-applications/mine': () => (applied ? [applied] : []),
      'POST /api/cooperative-applications': (request: SentRequest) => {
        applied = application(request.body as CooperativeApplicationRequest);
        return applied;
      },
    });
    const user = userEvent.setup();
    await renderPortal({ url: '/co/apply' });
    await screen.findByRole('heading', { level: 1, name: '申请入驻山海集市' }, FIRST_RENDER);
    await fillEverythingButTheCode(user);
    const code = screen.getByRole('textbox', { name: '统一社会信用代码' });
    await user.type(code, WRONG_CHECK);
    await user.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByText('统一社会信用代码的校验位不对,请核对营业执照')).toBeInTheDocument();
    expect(api.sent('POST /api/cooperative-applications')).toHaveLength(0);

    await user.clear(code);
    await user.type(code, VALID_CODE.toLowerCase());
    await user.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByRole('heading', { level: 1, name: '申请审核中' })).toBeInTheDocument();
    const [sent] = api.sent('POST /api/cooperative-applications');
    expect(sent.body).toEqual({
      nameZh: '平西坝林下茶专业合作社',
      nameEn: 'Pingxiba Under-forest Tea Cooperative',
      legalForm: 'cooperative',
      creditCode: VALID_CODE,
      townshipSlug: 'jiuzhou',
      villageSlug: 'pingxiba',
      contactName: '杨师傅',
      contactPhone: '0855-1234567',
      contactEmail: 'tea@example.test',
      storyZh: '林下种茶,带动本村农户。',
      storyEn: '',
      benefitMechanisms: [{ type: 'day_wage', descriptionZh: '采茶季按日结工资', descriptionEn: '' }],
      linkedHouseholds: 42,
      linkedPersons: 130,
    });
  });

  it('shows the API’s field problems on the fields', async () => {
    stubApi({
      'GET /api/auth/me': shopperSession,
      ...catalogueRoutes,
      'GET /api/cooperative-applications/mine': [],
      'POST /api/cooperative-applications': failure(409, 'CREDIT_CODE_TAKEN', {
        fields: { creditCode: ['is already registered to another cooperative'] },
      }),
    });
    const user = userEvent.setup();
    await renderPortal({ url: '/co/apply' });
    await screen.findByRole('heading', { level: 1, name: '申请入驻山海集市' }, FIRST_RENDER);
    await fillEverythingButTheCode(user);
    await user.type(screen.getByRole('textbox', { name: '统一社会信用代码' }), VALID_CODE);
    await user.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByText('is already registered to another cooperative')).toBeInTheDocument();
    expect(screen.getByText('这个统一社会信用代码已经申请过入驻。')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: '统一社会信用代码' })).toHaveAttribute(
        'aria-invalid',
        'true',
      ),
    );
  });

  it('shows a rejected application with its reason, in English too', async () => {
    stubApi({
      'GET /api/auth/me': shopperSession,
      ...catalogueRoutes,
      'GET /api/cooperative-applications/mine': [
        {
          ...application({
            nameZh: '平西坝林下茶专业合作社',
            nameEn: 'Pingxiba Under-forest Tea Cooperative',
            legalForm: 'cooperative',
            creditCode: VALID_CODE,
            townshipSlug: 'jiuzhou',
            villageSlug: 'pingxiba',
            contactName: '杨师傅',
            contactPhone: '0855-1234567',
            contactEmail: 'tea@example.test',
            storyZh: '林下种茶',
            benefitMechanisms: [],
            linkedHouseholds: 1,
            linkedPersons: 1,
          }),
          status: 'rejected',
          statusReason: '营业执照照片不清晰',
          reviewedAt: '2026-11-29T04:00:00.000Z',
        },
      ],
    });
    await renderPortal({ url: '/co/apply', language: 'en' });
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Your application was not approved' },
        FIRST_RENDER,
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('application-reason')).toHaveTextContent('Reason: 营业执照照片不清晰');
    expect(screen.getByRole('button', { name: 'Correct and apply again' })).toBeInTheDocument();
  });
});
