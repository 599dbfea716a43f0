import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { story } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';
import { ApiFailure, stubApi } from '../testing/stub-api';

const scorecard = {
  reportedFen: 5207390000,
  recordedFen: 1234500,
  totalFen: 5208624500,
  reportedHouseholds: 1742,
  byCategory: [],
};

const indicator = (key: string) =>
  document.querySelector<HTMLElement>(`.indicator[data-indicator="${key}"]`)!;

describe('story page', () => {
  it('formats every reported figure by its unit in Chinese, with period and source', async () => {
    stubApi({ '/api/story': story, '/api/aid/public-summary': scorecard });
    await renderApp({ url: '/story' });

    expect(await screen.findByText('5,207.39 万元')).toBeInTheDocument();
    expect(within(indicator('aid_sales_fen')).getByText('累计帮助销售农特产品')).toBeInTheDocument();
    expect(within(indicator('aid_funds_fen')).getByText('1.25 亿元')).toBeInTheDocument();
    expect(within(indicator('households_lifted')).getByText('1,742 人')).toBeInTheDocument();
    expect(within(indicator('industry_share_percent')).getByText('95.33%')).toBeInTheDocument();
    expect(within(indicator('aid_projects')).getByText('35 个')).toBeInTheDocument();
    expect(within(indicator('aid_projects')).getByText('其中产业项目 28 个')).toBeInTheDocument();

    const sales = within(indicator('aid_sales_fen'));
    expect(sales.getByText(/2018年1月 – 2020年6月/)).toBeInTheDocument();
    expect(sales.getByText('截止时间按报道日期推断')).toBeInTheDocument();
    expect(sales.getByText('《南风传佳讯 山海再相逢》')).toBeInTheDocument();
    expect(screen.getByText(/统计期的截止时间是按报道日期推断的/)).toBeInTheDocument();
  });

  it('groups the figures: the headline pair first, then by what they measure', async () => {
    stubApi({ '/api/story': story, '/api/aid/public-summary': scorecard });
    await renderApp({ url: '/story' });
    await screen.findByText('5,207.39 万元');

    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['消费帮扶成效', '资金与金额', '项目与结对', '占比', '消费帮扶进展']);
    const headline = screen.getByRole('region', { name: '消费帮扶成效' });
    expect([...headline.querySelectorAll('.indicator')].map((e) => e.getAttribute('data-indicator'))).toEqual(
      ['aid_sales_fen', 'households_lifted'],
    );
  });

  it('formats the fen amount in yuan with the ¥ sign in English', async () => {
    stubApi({ '/api/story': story, '/api/aid/public-summary': scorecard });
    await renderApp({ url: '/story', language: 'en' });

    expect(await screen.findByText('¥52,073,900.00')).toBeInTheDocument();
    expect(within(indicator('aid_funds_fen')).getByText('¥125,000,000.00')).toBeInTheDocument();
    expect(within(indicator('households_lifted')).getByText('1,742 people')).toBeInTheDocument();
    expect(within(indicator('aid_projects')).getByText('35 projects')).toBeInTheDocument();
    expect(within(indicator('aid_sales_fen')).getByText(/Jan 2018 – Jun 2020/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The Gongshu–Huangping story');
  });

  it('shows the scorecard: reported, recorded on the platform since, and the two together', async () => {
    stubApi({ '/api/story': story, '/api/aid/public-summary': scorecard });
    await renderApp({ url: '/story' });
    const card = await screen.findByTestId('aid-scorecard');
    const value = (key: string) =>
      card.querySelector(`[data-scorecard="${key}"] .indicator__value`)?.textContent;
    expect(await within(card).findByText('山海集市此后记录')).toBeInTheDocument();
    expect(value('reported')).toBe('5,207.39 万元');
    expect(value('recorded')).toBe('12,345.00 元');
    expect(value('total')).toBe('52,086,245.00 元');
  });

  it('shows the scorecard in yuan in English, and an error with a retry when it cannot load', async () => {
    let calls = 0;
    stubApi({
      '/api/story': story,
      '/api/aid/public-summary': () =>
        ++calls === 1
          ? new ApiFailure(503, { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'down' })
          : scorecard,
    });
    await renderApp({ url: '/story', language: 'en' });
    const card = await screen.findByTestId('aid-scorecard');
    const retry = await within(card).findByRole('button');
    retry.click();
    expect(await within(card).findByText('¥12,345.00')).toBeInTheDocument();
    expect(within(card).getByText('¥52,086,245.00')).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
