import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AidBreakdownsDto, BenefitSummaryDto } from '@shanhai/shared/contracts';
import { adminSession, breakdowns, catalogueRoutes, entriesPage, summary } from '../testing/fixtures';
import { currentLocation, FIRST_RENDER, renderAdmin } from '../testing/render-admin';
import { failure, stubApi, type SentRequest } from '../testing/stub-api';

function dashboardApi(overrides: Record<string, unknown> = {}) {
  return stubApi({
    'GET /api/auth/me': adminSession,
    ...catalogueRoutes,
    'GET /api/aid/summary': summary,
    'GET /api/aid/breakdowns': breakdowns,
    'GET /api/aid/benefit': benefit,
    'GET /api/aid/entries': (r: SentRequest) =>
      entriesPage(Number(r.url.searchParams.get('page')), Number(r.url.searchParams.get('pageSize'))),
    ...overrides,
  });
}

const benefit: BenefitSummaryDto = {
  householdsLinked: 970,
  personsLinked: 3145,
  rows: [
    {
      cooperativeId: '00000000-0000-4000-8000-000000000001',
      cooperativeName: { zh: '浪洞镇食用菌产业园', en: 'Langdong fungi park' },
      type: 'dividend',
      year: 2020,
      households: 970,
      persons: 3145,
      paidFen: 160_000_000,
      perCapitaFen: 50_874,
    },
  ],
};

const query = (r: SentRequest) => Object.fromEntries(r.url.searchParams);

describe('the aid dashboard', { timeout: 60_000 }, () => {
  it('heads with the reported figure in 万元, what was recorded since, the total against the target and the households', async () => {
    dashboardApi();
    await renderAdmin({ url: '/admin/aid' });
    const reported = await screen.findByTestId('headline-reported', {}, FIRST_RENDER);
    expect(reported).toHaveTextContent('报告期初数5,207.39万元');
    expect(reported).toHaveTextContent('精确值 ¥52,073,900.00');
    // 123,456.78 yuan is 12.35 万元 only roughly: said so, with the exact amount
    expect(screen.getByTestId('headline-recorded')).toHaveTextContent(
      '平台此后记录约12.35万元精确值 ¥123,456.78',
    );
    expect(screen.getByTestId('headline-total')).toHaveTextContent('合计约5,219.74万元精确值 ¥52,197,356.78');
    expect(screen.getByTestId('headline-target')).toHaveTextContent('目标 ¥60,000,000.00,已完成 86%');
    expect(within(screen.getByTestId('headline-target')).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '86',
    );
    expect(screen.getByTestId('headline-households')).toHaveTextContent('1,742户');
    expect(screen.getByText('尚未登记联农带农户')).toBeInTheDocument();
    // unfiltered: no "in this view" figure
    expect(screen.queryByTestId('headline-in-view')).not.toBeInTheDocument();
  });

  it('writes ¥ amounts and channel names in English', async () => {
    dashboardApi();
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid', language: 'en' });
    expect(await screen.findByTestId('headline-reported', {}, FIRST_RENDER)).toHaveTextContent(
      'Reported opening balance¥52,073,900.00',
    );
    expect(screen.getByTestId('headline-recorded')).toHaveTextContent('¥123,456.78');
    const channels = screen.getByTestId('breakdown-channel');
    await user.click(within(channels).getByText('Table'));
    expect(
      within(channels).getByRole('button', { name: 'Show the entries of Online platform' }),
    ).toBeInTheDocument();
    expect(
      within(channels).getByRole('button', {
        name: 'Show the entries of “Phoenix up the Mountain” exhibition and sales centre',
      }),
    ).toBeInTheDocument();
  });

  it('asks every view for the filters in the URL, and shows what they select', async () => {
    const api = dashboardApi({
      'GET /api/aid/breakdowns': {
        ...breakdowns,
        recordedFen: 5_000_000,
        filter: { channel: 'exhibition_centre' },
      } satisfies AidBreakdownsDto,
    });
    await renderAdmin({
      url: '/admin/aid?from=2026-09&to=2026-10&channel=exhibition_centre&category=tea&page=2',
    });
    expect(await screen.findByTestId('headline-in-view', {}, FIRST_RENDER)).toHaveTextContent(
      '当前筛选下平台记录:¥50,000.00',
    );
    const filters = { from: '2026-09', to: '2026-10', channel: 'exhibition_centre', category: 'tea' };
    await waitFor(() => expect(api.sent('GET /api/aid/entries').length).toBeGreaterThan(0));
    expect(api.sent('GET /api/aid/breakdowns').map(query)).toEqual([filters]);
    expect(api.sent('GET /api/aid/entries').map(query)).toEqual([{ ...filters, page: '2', pageSize: '20' }]);
    // the filter bar shows them
    expect(
      within(screen.getByTestId('aid-dashboard')).getAllByTitle('凤凰上山展示展销中心')[0],
    ).toBeInTheDocument();
    // exports carry the same filters
    expect(screen.getByTestId('export-entries-xlsx')).toHaveAttribute(
      'href',
      '/api/aid/export?view=entries&format=xlsx&from=2026-09&to=2026-10&channel=exhibition_centre&category=tea',
    );
    expect(screen.getByTestId('export-cooperative-csv')).toHaveAttribute(
      'href',
      '/api/aid/export?view=cooperative&format=csv&from=2026-09&to=2026-10&channel=exhibition_centre&category=tea',
    );
  });

  it('drills down from a row: the item joins the filters, the entries start again at page 1', async () => {
    const api = dashboardApi();
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid?from=2026-09&page=3' });
    const categories = await screen.findByTestId('breakdown-category', {}, FIRST_RENDER);
    await user.click(within(categories).getByText('表格'));
    // the row without a category cannot be filtered by: it is text, not a button
    expect(within(categories).getByText('未分类').closest('button')).toBeNull();
    await user.click(within(categories).getByRole('button', { name: '查看林下有机茶的明细' }));
    expect(currentLocation()).toBe('/admin/aid?from=2026-09&category=tea');
    await waitFor(() =>
      expect(api.sent('GET /api/aid/entries').map(query).at(-1)).toEqual({
        from: '2026-09',
        category: 'tea',
        page: '1',
        pageSize: '20',
      }),
    );

    // a month becomes a one-month range; a cooperative listed by id is found by its name
    const months = screen.getByTestId('breakdown-period');
    await user.click(within(months).getByText('表格'));
    await user.click(within(months).getByRole('button', { name: '查看2026年10月的明细' }));
    expect(currentLocation()).toBe('/admin/aid?from=2026-10&to=2026-10&category=tea');
    const top = screen.getByTestId('breakdown-cooperative');
    await user.click(within(top).getByText('表格'));
    await user.click(within(top).getByRole('button', { name: '查看贵州乐百年健康产业开发有限公司的明细' }));
    expect(currentLocation()).toBe(
      '/admin/aid?from=2026-10&to=2026-10&category=tea&cooperative=lebainian-health',
    );
  });

  it('shows the villages of a chosen township, and clears the filters', async () => {
    dashboardApi();
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid?township=jiuzhou&channel=online' });
    expect(await screen.findByRole('heading', { name: '旧州镇各村' }, FIRST_RENDER)).toBeInTheDocument();
    expect(screen.queryByTestId('breakdown-township')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /清除筛选/ }));
    expect(currentLocation()).toBe('/admin/aid');
    expect(await screen.findByTestId('breakdown-township')).toBeInTheDocument();
  });

  it('pages through the entries on the server, the page kept in the URL', async () => {
    const api = dashboardApi();
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid?channel=online' });
    const entries = await screen.findByTestId('entries', {}, FIRST_RENDER);
    expect(await within(entries).findByTestId('entries-summary')).toHaveTextContent(
      '共 45 条,合计 ¥123,456.78',
    );
    expect(within(entries).getByText('¥512.00')).toBeInTheDocument();
    expect(within(entries).getByText('-¥543.22')).toBeInTheDocument();
    expect(within(entries).getByText('原因:九月退款补记')).toBeInTheDocument();
    expect(within(entries).getByText('旧州镇 / 平西坝村')).toBeInTheDocument();
    await user.click(within(entries).getByTitle('3'));
    expect(currentLocation()).toBe('/admin/aid?channel=online&page=3');
    await waitFor(() =>
      expect(api.sent('GET /api/aid/entries').map(query).at(-1)).toEqual({
        channel: 'online',
        page: '3',
        pageSize: '20',
      }),
    );
  });

  it('says when the figures cannot be read, without charts that would say nothing was recorded', async () => {
    dashboardApi({ 'GET /api/aid/breakdowns': failure(503, 'DATABASE_UNAVAILABLE') });
    await renderAdmin({ url: '/admin/aid' });
    expect(await screen.findByText('服务暂时不可用,请稍后再试。', {}, FIRST_RENDER)).toBeInTheDocument();
    // the headline still shows: it comes from the summary
    expect(screen.getByTestId('headline-reported')).toHaveTextContent('5,207.39万元');
    // no chart claims that nothing was recorded
    expect(screen.queryByTestId('breakdown-channel')).not.toBeInTheDocument();
    expect(screen.queryByText('当前筛选下没有记录。')).not.toBeInTheDocument();
  });

  it('draws each breakdown as an SVG chart', async () => {
    dashboardApi();
    await renderAdmin({ url: '/admin/aid' });
    const chart = await screen.findByTestId('chart-channel', {}, FIRST_RENDER);
    await waitFor(() => expect(chart.querySelector('svg')).not.toBeNull());
    expect(chart).toHaveAccessibleName('按渠道图表,金额单位为元');
  });

  it('names a filter whose value the API does not know, and clears it', async () => {
    dashboardApi({
      'GET /api/aid/breakdowns': (r: SentRequest) =>
        r.url.searchParams.has('cooperative')
          ? failure(400, 'VALIDATION_FAILED', { fields: { cooperative: ['names no cooperative'] } })
          : breakdowns,
    });
    const user = userEvent.setup();
    await renderAdmin({ url: '/admin/aid?channel=online&cooperative=no-such-coop' });
    const refused = await screen.findByTestId('filters-refused', {}, FIRST_RENDER);
    expect(refused).toHaveTextContent('服务器不认识这些筛选的值:合作社。');
    await user.click(within(refused).getByRole('button', { name: '清除这些筛选' }));
    expect(currentLocation()).toBe('/admin/aid?channel=online');
    expect(await screen.findByTestId('breakdown-channel')).toBeInTheDocument();
  });
  it('shows households and persons linked and the per-person uplift of each mechanism', async () => {
    dashboardApi();
    await renderAdmin({ url: '/admin/aid' });
    const card = await screen.findByTestId('aid-benefit', {}, FIRST_RENDER);
    await waitFor(() => expect(within(card).getByTestId('benefit-households')).toHaveTextContent('970'));
    expect(within(card).getByTestId('benefit-persons')).toHaveTextContent('3,145');
    expect(within(card).getByText('入股分红')).toBeInTheDocument();
    expect(within(card).getByTestId('per-capita-2020-dividend')).toHaveTextContent('¥508.74');
    expect(within(card).getByText('¥1,600,000.00')).toBeInTheDocument();
  });

  it('says so when no payout is recorded', async () => {
    dashboardApi({ 'GET /api/aid/benefit': { householdsLinked: 0, personsLinked: 0, rows: [] } });
    await renderAdmin({ url: '/admin/aid', language: 'en' });
    const card = await screen.findByTestId('aid-benefit', {}, FIRST_RENDER);
    expect(await within(card).findByText('No benefit payouts recorded yet.')).toBeInTheDocument();
  });
});
