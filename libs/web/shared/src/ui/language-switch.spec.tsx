import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { testProviders } from '../testing/with-providers';
import { LanguageSwitch } from './language-switch';
import { Pagination } from './pagination';

describe('LanguageSwitch', () => {
  it('switches to English and back, and remembers the choice', async () => {
    const user = userEvent.setup();
    const { wrapper } = await testProviders();
    render(
      <>
        <LanguageSwitch />
        <Pagination page={1} pageCount={3} onPageChange={() => undefined} />
      </>,
      { wrapper },
    );
    const button = screen.getByTestId('language-switch');
    expect(button).toHaveTextContent('EN');
    expect(button).toHaveAccessibleName('Switch to English');
    expect(screen.getByText('第 1 页,共 3 页')).toBeInTheDocument();

    await user.click(button);
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    expect(button).toHaveTextContent('中文');
    expect(button).toHaveAttribute('lang', 'zh-CN');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    await user.click(button);
    expect(await screen.findByText('第 1 页,共 3 页')).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
  });
});
