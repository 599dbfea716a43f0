import type { ErrorCode } from '@shanhai/shared/contracts';
import type { MessageBundle } from './i18n';

/** Codes the web adds for failures that never reach the API. */
export const WebErrorCode = { Network: 'NETWORK_ERROR', Unknown: 'UNKNOWN' } as const;
export type WebErrorCode = (typeof WebErrorCode)[keyof typeof WebErrorCode];

/**
 * The codes whose words ship with the shell: the catalogue's and those any page can meet. The
 * account, cart and order codes are translated in the account lib's lazily loaded namespace, which
 * covers the rest of `ErrorCode` (its type says so), so the catalogue pages do not carry them.
 */
export type CommonErrorCode =
  | Extract<
      ErrorCode,
      | 'VALIDATION_FAILED'
      | 'NOT_FOUND'
      | 'PRODUCT_NOT_FOUND'
      | 'COOPERATIVE_NOT_FOUND'
      | 'MEDIA_NOT_FOUND'
      | 'DATABASE_UNAVAILABLE'
      | 'INTERNAL_ERROR'
      | 'SKU_NOT_FOUND'
    >
  | WebErrorCode;

const zhCN = {
  loading: '加载中…',
  errors: {
    VALIDATION_FAILED: '请求的参数有误,请检查后重试。',
    NOT_FOUND: '找不到您要的内容。',
    PRODUCT_NOT_FOUND: '找不到这件商品,它可能已经下架。',
    COOPERATIVE_NOT_FOUND: '找不到这家合作社。',
    MEDIA_NOT_FOUND: '图片不存在。',
    SKU_NOT_FOUND: '这个规格已不存在,请刷新页面后重新选择。',
    DATABASE_UNAVAILABLE: '服务暂时不可用,请稍后再试。',
    INTERNAL_ERROR: '服务器出错了,请稍后再试。',
    NETWORK_ERROR: '无法连接服务器,请检查网络后重试。',
    UNKNOWN: '出现了意外错误。',
  } satisfies Record<CommonErrorCode, string>,
  errorState: {
    title: '出错了',
    retry: '重试',
  },
  stepper: {
    decrease: '减少{{label}}',
    increase: '增加{{label}}',
  },
  languageSwitch: {
    text: 'EN',
    label: 'Switch to English',
  },
  aidBadge: {
    text: '消费帮扶认定',
    title: '已通过扶贫产品认定,证书今日有效',
  },
  pagination: {
    label: '分页',
    previous: '上一页',
    next: '下一页',
    status: '第 {{page}} 页,共 {{pageCount}} 页',
    goTo: '第 {{page}} 页',
  },
  priceRange: '{{min}} – {{max}}',
  units: {
    fen_yi: '{{value}} 亿元',
    fen_wan: '{{value}} 万元',
    fen_yuan: '{{value}} 元',
    count: '{{value}}',
    people: '{{value}} 人',
    projects: '{{value}} 个',
    percent: '{{value}}%',
  },
  period: '{{start}} – {{end}}',
};

export type CommonMessages = typeof zhCN;

export const commonMessages: MessageBundle<CommonMessages> = {
  namespace: 'common',
  messages: { 'zh-CN': zhCN, en: () => import('./common-messages-en').then((m) => m.commonMessagesEn) },
};
