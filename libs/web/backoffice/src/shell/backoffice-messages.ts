/** Words the whole back office uses: the shell, the 403 page, channel and entry names, error codes. */
export const BACKOFFICE_NS = 'backoffice';

export const backofficeMessages = {
  brand: '山海集市',
  console: '管理后台',
  documentTitle: '{{page}} · 山海集市管理后台',
  nav: {
    label: '管理后台导航',
    aid: '消费帮扶',
    imports: '线下销售导入',
    indicators: '指标与目标',
    cooperatives: '合作社审核',
    products: '商品审核',
    certificates: '认定证书',
    orders: '订单查询',
    users: '用户与角色',
    audit: '审计日志',
  },
  navGroups: {
    aid: '消费帮扶',
    catalogue: '合作社与商品',
    orders: '订单',
    people: '用户与审计',
  },
  header: {
    signedInAs: '{{name}}(管理员)',
    backToStore: '返回商城',
    signOut: '退出登录',
  },
  forbidden: {
    documentTitle: '无权访问 · 山海集市',
    title: '无权访问管理后台',
    body: '管理后台仅供平台管理员(拱墅区东西部协作办)使用。您当前以 {{email}} 登录,该账号没有管理员权限。',
    switchAccount: '换一个账号登录',
    backToStore: '返回商城',
  },
  notFound: {
    title: '找不到这个页面',
    body: '管理后台没有这个地址。',
    back: '返回消费帮扶概况',
  },
  pageError: {
    title: '页面出错了',
    reload: '重新加载',
  },
  channels: {
    online: '线上平台',
    exhibition_centre: '凤凰上山展示展销中心',
    miao_silver_shop: '苗银世家生活馆',
    institutional: '机关单位采购',
    reported: '报告期初数',
  },
  kinds: {
    sale: '销售',
    refund: '退款',
    offline_sale: '线下销售',
    opening_balance: '期初数',
    adjustment: '调整',
  },
  export: {
    csv: 'CSV',
    xlsx: 'Excel',
    label: '导出{{what}}为 {{format}}',
  },
  empty: '—',
  errors: {
    UNAUTHENTICATED: '登录已过期,请重新登录。',
    FORBIDDEN: '您的账号没有管理员权限。',
    NOT_FOUND: '找不到这项内容。',
    PERIOD_CLOSED: '该月份已结账,不能再记入。',
    INDICATOR_KEY_TAKEN: '这个指标键已被使用,请换一个。',
    INDICATOR_NOT_FOUND: '找不到这个指标。',
    OPENING_BALANCE_FIXED: '期初数已记入台账,数值不能再改;更正请记一笔调整。',
    AID_IMPORT_NOT_FOUND: '找不到这次导入。',
    AID_IMPORT_FILE_TOO_LARGE: '文件太大,请拆分成几个文件(如每月一个)分别上传。',
    AID_IMPORT_UNSUPPORTED_FILE: '只能上传 CSV 或 Excel(.xlsx)文件。',
    AID_IMPORT_EMPTY_FILE: '文件是空的。',
    AID_IMPORT_DUPLICATE_FILE: '这个文件之前已经上传过,同一文件不会重复导入。',
    AID_IMPORT_NOT_READY: '这次导入现在不能写入台账(仍在检查、有错误或已经导入)。页面已显示它的最新状态。',
    AID_IMPORT_ALREADY_IN_LEDGER: '文件中有单据号已经记入台账,这次没有写入任何数据。请核对单据号。',
    HTTP_409: '与现有数据冲突。',
    HTTP_413: '文件太大。',
    HTTP_415: '不支持这种文件类型。',
  },
};

export type BackofficeMessages = typeof backofficeMessages;
