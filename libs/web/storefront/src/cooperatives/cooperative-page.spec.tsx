import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cooperatives, teaCooperative } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';
import { ApiFailure, stubApi } from '../testing/stub-api';

describe('cooperative pages', () => {
  it('lists the cooperatives with place and product count', async () => {
    stubApi({ '/api/cooperatives': cooperatives });
    await renderApp({ url: '/cooperatives' });
    const cards = await screen.findAllByTestId('cooperative-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('link', { name: /溇阳湖茶叶合作社/ })).toHaveAttribute(
      'href',
      '/cooperatives/louyang-tea',
    );
    expect(within(cards[0]).getByRole('img', { name: '溇阳湖茶叶合作社的风貌' })).toBeInTheDocument();
    expect(within(cards[0]).getByText('旧州镇 · 平西坝村')).toBeInTheDocument();
    expect(within(cards[0]).getByText('2 件在售商品')).toBeInTheDocument();
  });

  it('shows a cooperative: story, place, benefit mechanisms with their labels, products', async () => {
    stubApi({ '/api/cooperatives/louyang-tea': teaCooperative });
    await renderApp({ url: '/cooperatives/louyang-tea' });

    expect(await screen.findByRole('heading', { level: 1, name: '溇阳湖茶叶合作社' })).toBeInTheDocument();
    expect(screen.getByText('合作社在溇阳湖畔种植林下有机茶。')).toBeInTheDocument();
    expect(screen.getByText('农民专业合作社')).toBeInTheDocument();
    expect(screen.getByText('93522622MA6DXXXX1K')).toBeInTheDocument();
    const benefits = screen.getByRole('region', { name: '带贫益贫机制' });
    expect(within(benefits).getByText('土地流转租金')).toBeInTheDocument();
    expect(within(benefits).getByText('务工日薪')).toBeInTheDocument();
    expect(within(benefits).getByText('每亩每年支付土地流转租金')).toBeInTheDocument();
    expect(screen.getAllByTestId('product-card')).toHaveLength(1);
  });

  it('labels the benefit mechanisms in English', async () => {
    stubApi({ '/api/cooperatives/louyang-tea': teaCooperative });
    await renderApp({ url: '/cooperatives/louyang-tea', language: 'en' });
    const benefits = await screen.findByRole('region', { name: 'Benefit mechanisms' });
    expect(within(benefits).getByText('Land-transfer rent')).toBeInTheDocument();
    expect(within(benefits).getByText('Day wages')).toBeInTheDocument();
    expect(screen.getByText('Pingxiba Village, Jiuzhou Town')).toBeInTheDocument();
  });

  it('shows a translated not-found state', async () => {
    stubApi({
      '/api/cooperatives/nobody': new ApiFailure(404, {
        statusCode: 404,
        code: 'COOPERATIVE_NOT_FOUND',
        message: 'no',
      }),
    });
    await renderApp({ url: '/cooperatives/nobody' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('合作社不存在');
    expect(alert).toHaveTextContent('找不到这家合作社。');
    expect(within(alert).getByRole('link', { name: '返回合作社列表' })).toHaveAttribute(
      'href',
      '/cooperatives',
    );
  });
});
