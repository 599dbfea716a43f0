import { describe, expect, it } from 'vitest';
import { addMessageBundles, createI18n, LANGUAGE_STORAGE_KEY } from './i18n';

describe('createI18n', () => {
  it('starts in zh-CN, sets <html lang>, and keeps a changed language in localStorage', async () => {
    const i18n = await createI18n();
    expect(i18n.language).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(i18n.t('pagination.next')).toBe('下一页');

    await i18n.changeLanguage('en');
    // English is a lazily loaded chunk: changeLanguage resolves once it is in.
    expect(i18n.t('pagination.next')).toBe('Next');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('starts in the stored language, ignoring a stored value it does not speak', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect((await createI18n()).t('errorState.retry')).toBe('Try again');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect((await createI18n()).language).toBe('zh-CN');
  });

  it('reports a key that no language has', async () => {
    const missing: string[] = [];
    const i18n = await createI18n({ onMissingKey: (ns, key) => missing.push(`${ns}:${key}`) });
    i18n.t('no.such.key');
    expect(missing).toEqual(['common:no.such.key']);
  });
});

describe('addMessageBundles', () => {
  it('adds namespaces to a running instance: inline words at once, loaders when first used', async () => {
    const i18n = await createI18n();
    addMessageBundles(i18n, [
      {
        namespace: 'cart',
        messages: {
          'zh-CN': () => Promise.resolve({ title: '购物车' }),
          en: () => Promise.resolve({ title: 'Your cart' }),
        },
      },
      { namespace: 'inline', messages: { 'zh-CN': { hello: '你好' }, en: { hello: 'Hello' } } },
    ]);
    expect(i18n.t('hello', { ns: 'inline' })).toBe('你好');
    await i18n.loadNamespaces('cart');
    expect(i18n.t('title', { ns: 'cart' })).toBe('购物车');
    await i18n.changeLanguage('en');
    await i18n.loadNamespaces('cart');
    expect(i18n.t('title', { ns: 'cart' })).toBe('Your cart');
    expect(i18n.t('hello', { ns: 'inline' })).toBe('Hello');
  });
});
