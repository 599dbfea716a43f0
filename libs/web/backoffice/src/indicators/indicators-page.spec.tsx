import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AdminIndicatorDto } from '@shanhai/shared/contracts';
import { adminSession, indicators } from '../testing/fixtures';
import { FIRST_RENDER, renderAdmin } from '../testing/render-admin';
import { failure, Reply, stubApi } from '../testing/stub-api';

const created: AdminIndicatorDto = {
  id: 'i-3',
  key: 'aid_sales_target_2026',
  kind: 'target',
  label: { zh: '2026 年消费帮扶销售目标', en: 'Consumption-aid sales target 2026' },
  value: 6_000_000_050,
  unit: 'fen',
  note: null,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  periodNote: null,
  source: '协作办工作计划(示例)',
};

/** The form's field by its label, within the form (the list has columns of the same names). */
const field = (label: string) => within(screen.getByTestId('indicator-form')).getByLabelText(label);

async function fillTarget(user: UserEvent) {
  await user.type(field('键'), 'aid_sales_target_2026');
  await user.type(field('中文名称'), '2026 年消费帮扶销售目标');
  await user.type(field('英文名称'), 'Consumption-aid sales target 2026');
  await user.type(field('金额(元)'), '60,000,000.50');
  await user.type(field('起始日期'), '2026-01-01{Enter}');
  await user.type(field('截止日期'), '2026-12-31{Enter}');
  await user.type(field('来源'), '协作办工作计划(示例)');
}

/** The error shown under a field of the form. */
const errorOf = (label: string) =>
  field(label).closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error')?.textContent ?? null;

describe('indicators and targets', { timeout: 60_000 }, () => {
  it('lists the reported figures with their unit, period and source', async () => {
    stubApi({ 'GET /api/auth/me': adminSession, 'GET /api/aid/indicators': indicators });
    await renderAdmin({ url: '/admin/aid/indicators' });
    const list = await screen.findByTestId('indicator-list', {}, FIRST_RENDER);
    const rows = (await within(list).findAllByText('拱墅区东西部扶贫协作报道')).map((cell) =>
      cell.closest('tr'),
    );
    expect(rows[0]).toHaveTextContent('累计帮助销售农特产品报告数5,207.39 万元2018年1月 – 2020年6月');
    expect(rows[1]).toHaveTextContent('带动建档立卡贫困户脱贫报告数1,742 人');
  });

  it('checks the form with the contract before sending, and sends money in whole fen', async () => {
    const api = stubApi({
      'GET /api/auth/me': adminSession,
      'GET /api/aid/indicators': indicators,
      'POST /api/aid/indicators': new Reply(201, created),
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid/indicators' });
    await screen.findByTestId('indicator-form', {}, FIRST_RENDER);

    await user.type(field('键'), 'Aid Sales');
    await user.type(field('金额(元)'), '12.345');
    await user.click(screen.getByTestId('indicator-submit'));
    await waitFor(() => expect(errorOf('键')).toBe('3–80 个字符:小写字母开头,只含小写字母、数字和下划线。'));
    expect(errorOf('金额(元)')).toBe('请输入金额(元),最多两位小数,如 1280.50。');
    expect(errorOf('中文名称')).toBe('请填写此项。');
    expect(errorOf('来源')).toBe('请写明来源(至少 2 个字)。');
    expect(api.sent('POST /api/aid/indicators')).toEqual([]);

    await user.clear(field('键'));
    await user.clear(field('金额(元)'));
    await fillTarget(user);
    await user.click(screen.getByTestId('indicator-submit'));
    await waitFor(() => expect(api.sent('POST /api/aid/indicators')).toHaveLength(1));
    expect(api.sent('POST /api/aid/indicators')[0].body).toEqual({
      key: 'aid_sales_target_2026',
      kind: 'target',
      labelZh: '2026 年消费帮扶销售目标',
      labelEn: 'Consumption-aid sales target 2026',
      value: 6_000_000_050,
      unit: 'fen',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      source: '协作办工作计划(示例)',
    });
    expect(await screen.findByText('已保存“2026 年消费帮扶销售目标”。')).toBeInTheDocument();
    // the list is read again
    await waitFor(() => expect(api.sent('GET /api/aid/indicators').length).toBeGreaterThan(1));
  });

  it('shows what the API refuses on the field it names, and a taken key on the key', async () => {
    let answer = failure(400, 'VALIDATION_FAILED', {
      fields: { periodEnd: ['must not be before periodStart'], noteZh: ['must be at most 2,000 characters'] },
    });
    stubApi({
      'GET /api/auth/me': adminSession,
      'GET /api/aid/indicators': indicators,
      'POST /api/aid/indicators': () => answer,
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid/indicators' });
    await screen.findByTestId('indicator-form', {}, FIRST_RENDER);
    await fillTarget(user);
    await user.click(screen.getByTestId('indicator-submit'));
    await waitFor(() => expect(errorOf('截止日期')).toBe('截止日期不能早于起始日期。'));
    expect(screen.getByText('服务器未接受这些内容:')).toBeInTheDocument();
    expect(screen.getByText('noteZh: must be at most 2,000 characters')).toBeInTheDocument();

    answer = failure(409, 'INDICATOR_KEY_TAKEN');
    await user.click(screen.getByTestId('indicator-submit'));
    await waitFor(() => expect(errorOf('键')).toBe('这个键已被使用,请换一个。'));
  });
});
