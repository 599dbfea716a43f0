import type { CertificateStatus } from './certificate-status';

/** The product page's namespace. */
export const PRODUCT_NS = 'product';

export const productMessages = {
  documentTitle: '{{name}} · 山海集市',
  breadcrumb: '当前位置',
  noImage: '暂无图片',
  showImage: '查看第 {{number}} 张图片,共 {{total}} 张',
  inStock: '有货',
  lowStock: '仅剩 {{count}} 件',
  outOfStock: '缺货',
  allOutOfStock: '全部规格暂时缺货',
  variants: '选择规格',
  demoNote: '演示商品:价格与库存为虚构数据。',
  quantity: '数量',
  addToCart: '加入购物车',
  adding: '正在加入…',
  added: '已加入购物车({{count}} 件)。',
  viewCart: '去购物车结算',
  soldOutNote: '该规格暂时缺货,无法购买。',
  cooperative: '合作社',
  origin: '产地',
  description: '商品介绍',
  notFoundTitle: '商品不存在',
  errorTitle: '加载失败 · 山海集市',
  backToProducts: '返回商品列表',
  certificate: {
    title: '消费帮扶认定',
    number: '证书编号',
    issuer: '认定机构',
    validity: '有效期',
    range: '{{from}} 至 {{to}}',
    status: '状态',
    statuses: {
      valid: '今日有效',
      revoked: '已撤销',
      expired: '已过期',
      not_yet_valid: '尚未生效',
      not_valid: '今日无效',
    } satisfies Record<CertificateStatus, string>,
    none: '该商品暂未取得扶贫产品认定证书。',
    explainer: '证书在有效期内且未被撤销时,购买该商品计入消费帮扶。',
  },
};

export type ProductMessages = typeof productMessages;
