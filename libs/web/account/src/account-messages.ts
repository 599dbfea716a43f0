import type { ErrorCode } from '@shanhai/shared/contracts';
import type { CommonErrorCode, WebErrorCode } from '@shanhai/web/shared';

/** Words every page of this lib uses: its error codes, field messages, addresses. */
export const ACCOUNT_NS = 'account';

export const accountMessages = {
  errors: {
    UNAUTHENTICATED: '请先登录。',
    FORBIDDEN: '您没有权限进行此操作。',
    INVALID_CREDENTIALS: '邮箱或密码不正确。',
    EMAIL_TAKEN: '该邮箱已注册。',
    TOO_MANY_ATTEMPTS: '尝试次数过多,请稍后再试。',
    INVALID_RESET_TOKEN: '重置链接无效或已过期,请重新申请。',
    CROSS_SITE_REQUEST: '该请求来自其他网站,已被拒绝。请在本站页面上重试。',
    ADDRESS_NOT_FOUND: '找不到这个收货地址,请重新选择。',
    ORDER_NOT_FOUND: '找不到这个订单。',
    FULFILMENT_NOT_FOUND: '找不到这个包裹。',
    OUT_OF_STOCK: '部分商品库存不足。',
    IDEMPOTENCY_KEY_REQUIRED: '下单请求不完整,请刷新页面后重试。',
    IDEMPOTENCY_KEY_REUSED: '订单内容已变化,请重新提交订单。',
    INVALID_TRANSITION: '订单当前的状态不允许这样操作。',
    NOT_CANCELLABLE: '订单已发货或已关闭,无法取消。',
    PAYMENT_PROVIDER_UNAVAILABLE: '支付服务暂时不可用,请稍后再试或选择线下付款。',
    PERIOD_CLOSED: '该月份已结账,不能再记入;请在当前月份记一笔调整。',
    PERIOD_NOT_CLOSABLE: '只能结账已经结束的月份。',
    PERIOD_ALREADY_CLOSED: '该月份已经结账。',
    INDICATOR_NOT_FOUND: '没有找到这项指标。',
    INDICATOR_KEY_TAKEN: '这个指标代码已被使用,请换一个。',
    OPENING_BALANCE_FIXED: '期初数已记入台账,金额不能再改;请在当前月份记一笔调整。',
    // The shell translates the rest (CommonErrorCode); together they cover every code.
  } satisfies Record<Exclude<ErrorCode | WebErrorCode, CommonErrorCode>, string>,
  validation: {
    required: '请填写此项。',
    tooShort: '至少需要 {{limit}} 个字符。',
    tooLong: '最多 {{limit}} 个字符。',
    invalid: '格式不正确,请检查。',
    email: { invalid: '请输入有效的邮箱地址,如 name@example.com。', taken: '该邮箱已注册。' },
    password: { tooShort: '密码至少需要 {{limit}} 个字符。' },
    mobile: { invalid: '请输入中国大陆手机号:以 1 开头的 11 位数字,可带 +86。' },
    postalCode: { invalid: '邮编为 6 位数字。' },
  },
  optional: '(选填)',
  address: {
    line: '{{province}}{{city}}{{district}}{{street}}',
    postalCode: '邮编 {{code}}',
  },
  variantOf: '规格:{{variant}}',
  beijingTime: '{{time}}(北京时间)',
};

export type AccountMessages = typeof accountMessages;
