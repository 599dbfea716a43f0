import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testProviders } from '../testing/with-providers';
import { pickLocalized, useLocale, useLocalized } from './use-localized';

const tea = { zh: '林下有机茶', en: 'Under-forest organic tea' };

describe('pickLocalized', () => {
  it('picks the text of the language', () => {
    expect(pickLocalized(tea, 'zh-CN')).toBe('林下有机茶');
    expect(pickLocalized(tea, 'en')).toBe('Under-forest organic tea');
  });

  it('falls back to the other language when the text is empty', () => {
    expect(pickLocalized({ zh: '苗银', en: ' ' }, 'en')).toBe('苗银');
    expect(pickLocalized({ zh: '', en: 'Miao silver' }, 'zh-CN')).toBe('Miao silver');
  });
});

describe('useLocalized', () => {
  it('follows the current language', async () => {
    const { i18n, wrapper } = await testProviders();
    const { result } = renderHook(() => ({ localize: useLocalized(), locale: useLocale() }), { wrapper });
    expect(result.current.locale).toBe('zh-CN');
    expect(result.current.localize(tea)).toBe('林下有机茶');

    await act(() => i18n.changeLanguage('en'));
    expect(result.current.locale).toBe('en');
    expect(result.current.localize(tea)).toBe('Under-forest organic tea');
  });
});
