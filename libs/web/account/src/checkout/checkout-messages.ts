import type { PaymentMethod } from '@shanhai/shared/contracts';

/** The checkout page's namespace, with the address form. */
export const CHECKOUT_NS = 'checkout';

export const checkoutMessages = {
  documentTitle: '结算 · 山海集市',
  title: '结算',
  steps: { address: '1. 收货地址', payment: '2. 付款方式', review: '3. 核对订单' },
  addresses: {
    choose: '选择收货地址',
    default: '默认',
    add: '添加新地址',
    cancelAdd: '取消添加',
    none: '还没有收货地址,请先添加一个。',
  },
  addressForm: {
    title: '新的收货地址',
    recipient: '收货人',
    mobile: '手机号',
    mobileHint: '中国大陆手机号,如 138 0013 8000。',
    province: '省 / 自治区 / 直辖市',
    city: '城市',
    district: '区 / 县',
    street: '详细地址',
    streetHint: '街道、门牌号、小区楼栋与房间号。',
    postalCode: '邮编',
    isDefault: '设为默认地址',
    save: '保存地址',
    saving: '正在保存…',
  },
  payment: {
    choose: '选择付款方式',
    methods: {
      offline: '线下付款',
      stripe: '在线支付(银行卡 / 支付宝 / 微信支付)',
    } satisfies Record<PaymentMethod, string>,
    offlineNote: '下单后我们会显示银行转账信息;请在付款期限内完成转账。',
    stripeNote: '下单后在订单页面用银行卡、支付宝或微信支付完成付款;请在付款期限内完成。',
  },
  note: '订单备注',
  noteHint: '如送货时间的要求,最多 200 字。',
  lines: '{{quantity}} × {{price}}',
  changeCart: '修改购物车',
  placeOrder: '提交订单',
  placing: '正在提交…',
  needAddress: '请先选择或添加收货地址。',
  notReady: '购物车中有需要处理的问题,请先返回购物车修改。',
  emptyCart: '购物车是空的,无法结算。',
  outOfStock: {
    title: '以下商品库存不足,订单未提交:',
    line: '{{name}}({{variant}}):需要 {{requested}} 件,仅剩 {{available}} 件',
    back: '返回购物车修改',
  },
  retryNote: '如果刚才的提交没有回应,可以放心重试:同一次提交不会重复下单。',
};

export type CheckoutMessages = typeof checkoutMessages;
