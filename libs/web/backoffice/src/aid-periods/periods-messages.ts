/** The periods page's words. */
export const AID_PERIODS_NS = 'aidPeriods';

export const periodsMessages = {
  title: '账期与调整',
  lead: '月份结账后,台账不再记入该月的任何数据(数据库本身拒绝)。之后发现的差错,在当前月份记一笔调整并写明原因。结账和调整都记入审计日志。',
  close: {
    title: '月份结账',
    month: '要结账的月份',
    pick: '选择已结束的月份',
    submit: '结账',
    confirm: '确定为 {{month}} 结账吗?结账后不能撤销,该月不能再记入任何数据。',
    ok: '确定结账',
    cancel: '取消',
    done: '{{month}} 已结账。',
    nothing: '没有可以结账的月份。',
  },
  list: {
    title: '已结账的月份',
    month: '月份',
    closedAt: '结账时间',
    closedBy: '操作人',
    empty: '还没有结账的月份。',
  },
  adjust: {
    title: '记一笔调整',
    hint: '调整记入当前月份。金额可为负数(如 -1280.50 表示减少 1,280.50 元)。',
    amount: '金额(元)',
    reason: '原因',
    reasonPlaceholder: '如:9 月展销中心报表漏记一笔团购',
    channel: '渠道',
    submit: '记入调整',
    done: '已在 {{period}} 记入调整 {{amount}}。',
  },
  validation: {
    amountRequired: '请填写金额。',
    amountInvalid: '金额为元,最多两位小数,如 1280.50 或 -35。',
    amountZero: '金额不能为零。',
    amountTooLarge: '金额太大,请检查。',
    reasonRequired: '请写明调整原因。',
    reasonLength: '原因需 5 到 200 个字。',
    channelRequired: '请选择渠道。',
  },
};

export type PeriodsMessages = typeof periodsMessages;
