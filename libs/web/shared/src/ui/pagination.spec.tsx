import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testProviders } from '../testing/with-providers';
import { pageSlots, Pagination } from './pagination';

describe('pageSlots', () => {
  it('shows first, last and the neighbours of the current page, with gaps', () => {
    expect(pageSlots(1, 1)).toEqual([1]);
    expect(pageSlots(1, 3)).toEqual([1, 2, 3]);
    expect(pageSlots(5, 20)).toEqual([1, 'gap', 4, 5, 6, 'gap', 20]);
    expect(pageSlots(2, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(pageSlots(20, 20)).toEqual([1, 'gap', 19, 20]);
  });
});

describe('Pagination', () => {
  it('renders nothing for a single page', async () => {
    const { wrapper } = await testProviders();
    const { container } = render(<Pagination page={1} pageCount={1} onPageChange={vi.fn()} />, { wrapper });
    expect(container).toBeEmptyDOMElement();
  });

  it('moves to the previous, next and a numbered page', async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    const { wrapper } = await testProviders();
    const { rerender } = render(<Pagination page={1} pageCount={5} onPageChange={onPageChange} />, {
      wrapper,
    });

    expect(screen.getByRole('navigation', { name: '分页' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '第 1 页' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('第 1 页,共 5 页')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(onPageChange).toHaveBeenLastCalledWith(2);

    rerender(<Pagination page={5} pageCount={5} onPageChange={onPageChange} />);
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '上一页' }));
    expect(onPageChange).toHaveBeenLastCalledWith(4);
    await user.click(screen.getByRole('button', { name: '第 1 页' }));
    expect(onPageChange).toHaveBeenLastCalledWith(1);
    expect(screen.getByRole('button', { name: '第 5 页' })).toHaveAttribute('aria-current', 'page');
  });
});
