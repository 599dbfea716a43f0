import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { testProviders } from '../testing/with-providers';
import { ErrorState } from './error-state';

describe('ErrorState', () => {
  it('translates a known error code, in Chinese and in English', async () => {
    const error = new ApiError(404, 'PRODUCT_NOT_FOUND', 'Product x not found');
    const zh = await testProviders();
    const { unmount } = render(<ErrorState error={error} />, { wrapper: zh.wrapper });
    expect(screen.getByRole('alert')).toHaveTextContent('出错了找不到这件商品,它可能已经下架。');
    unmount();

    const en = await testProviders('en');
    render(<ErrorState error={error} />, { wrapper: en.wrapper });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This product could not be found. It may have been taken off sale.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('Product x not found');
  });

  it("falls back to the server's message for an unknown code, and to a generic one for other errors", async () => {
    const { wrapper } = await testProviders();
    const { rerender } = render(<ErrorState error={new ApiError(409, 'OUT_OF_STOCK', 'Only 2 left')} />, {
      wrapper,
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Only 2 left');
    rerender(<ErrorState error={new TypeError('boom')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('出现了意外错误。');
    rerender(<ErrorState error={new ApiError(0, 'NETWORK_ERROR', 'Failed to fetch')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('无法连接服务器,请检查网络后重试。');
  });

  it("looks the code up in a feature's namespace first, then in common", async () => {
    const { i18n, wrapper } = await testProviders();
    i18n.addResourceBundle('zh-CN', 'orders', { errors: { ORDER_NOT_FOUND: '找不到这个订单。' } });
    const { rerender } = render(
      <ErrorState ns="orders" error={new ApiError(404, 'ORDER_NOT_FOUND', 'x')} />,
      {
        wrapper,
      },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('找不到这个订单。');
    rerender(<ErrorState ns="orders" error={new ApiError(503, 'DATABASE_UNAVAILABLE', 'x')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('服务暂时不可用,请稍后再试。');
  });

  it('offers a retry only when given one', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { wrapper } = await testProviders();
    const { rerender } = render(<ErrorState error={new ApiError(500, 'INTERNAL_ERROR', 'x')} />, { wrapper });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    rerender(<ErrorState error={new ApiError(500, 'INTERNAL_ERROR', 'x')} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
