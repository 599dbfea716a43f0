import type { ReactNode } from 'react';
import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
import { StyleProvider } from '@ant-design/cssinjs';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useLocale } from '@shanhai/web/shared';

// The storefront's green (index.html's theme-color), so the back office reads as the same product.
const THEME: ThemeConfig = {
  token: { colorPrimary: '#1f5c3f', colorLink: '#1f5c3f', borderRadius: 6 },
};

/**
 * Ant Design in the app's language: its own words (pagination, pickers, empty tables) follow the
 * language switch, and so do the month names of the date pickers (dayjs). Its selectors get the
 * higher specificity (`.css-x.ant-input`, not `:where(.css-x).ant-input`): the storefront's global
 * styles for bare inputs and links, which the whole app loads, must not restyle its controls.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const dayjsLocale = locale === 'en' ? 'en' : 'zh-cn';
  // dayjs keeps one global locale; set before the pickers below render, so they use it at once.
  if (dayjs.locale() !== dayjsLocale) dayjs.locale(dayjsLocale);
  return (
    <StyleProvider hashPriority="high">
      <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={THEME}>
        <AntdApp>{children}</AntdApp>
      </ConfigProvider>
    </StyleProvider>
  );
}
