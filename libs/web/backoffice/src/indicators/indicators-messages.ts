/** The indicators and targets page's words. */
export const INDICATORS_NS = 'aidIndicators';

export const indicatorsMessages = {
  title: '指标与目标',
  lead: '报告数(如报道中的累计帮助销售额)与目标都作为数据保存,附来源与期间;消费帮扶概况的期初数和目标进度由此而来。',
  list: {
    title: '已有指标',
    empty: '还没有指标。',
    key: '键',
    kind: '类型',
    label: '名称',
    value: '数值',
    period: '期间',
    source: '来源',
  },
  kinds: {
    reported: '报告数',
    target: '目标',
  },
  units: {
    fen: '金额',
    count: '个数',
    percent: '百分比',
    people: '人数',
    projects: '项目数',
  },
  form: {
    title: '添加报告数或目标',
    kind: '类型',
    key: '键',
    keyHint: '英文小写字母开头,只含小写字母、数字和下划线,如 aid_sales_target_2026',
    labelZh: '中文名称',
    labelEn: '英文名称',
    unit: '单位',
    value: '数值',
    valueMoney: '金额(元)',
    valueMoneyHint: '以元为单位,最多两位小数,如 60000000 或 1280.50',
    periodStart: '起始日期',
    periodEnd: '截止日期',
    source: '来源',
    sourceHint: '文件、报道或会议纪要等,写明出处',
    submit: '保存',
    saved: '已保存“{{label}}”。',
    otherProblems: '服务器未接受这些内容:',
  },
  validation: {
    required: '请填写此项。',
    invalid: '格式不正确,请检查。',
    tooLong: '最多 {{limit}} 个字符。',
    taken: '已被使用,请换一个。',
    key: {
      invalid: '3–80 个字符:小写字母开头,只含小写字母、数字和下划线。',
      taken: '这个键已被使用,请换一个。',
    },
    value: {
      invalid: '请输入不小于 0 的数值;金额最多两位小数,个数须为整数,百分比最多四位小数。',
      money: '请输入金额(元),最多两位小数,如 1280.50。',
      number: '请输入数字,如 1742 或 95.33。',
    },
    periodStart: { invalid: '请选择起始日期。' },
    periodEnd: { invalid: '截止日期不能早于起始日期。' },
    source: { required: '请写明来源(至少 2 个字)。' },
  },
};

export type IndicatorsMessages = typeof indicatorsMessages;
