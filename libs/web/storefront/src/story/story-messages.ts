import type { IndicatorGroupId } from './indicator-groups';

/** The story page's namespace. */
export const STORY_NS = 'story';

export const storyMessages = {
  documentTitle: '山海故事 · 山海集市',
  title: '拱墅与黄平的山海故事',
  intro:
    '杭州市拱墅区与贵州省黄平县结对开展东西部扶贫协作:拱墅投入帮扶资金、引进浙商企业、互派干部和专业人才,并组织劳务协作,帮助黄平县整县脱贫摘帽。',
  channels:
    '拱墅建成“凤凰上山”名特优农产品展示展销中心和水晶城“苗银世家生活馆”,让黄平的茶叶、食用菌和苗银走进杭州。山海集市是这条消费帮扶之路在线上的延续。',
  baseline: '以下数字引自公开报道,是平台跟踪消费帮扶成效的起点。',
  periodInferred:
    '说明:报道只写明统计的起始年份和“至今”,统计期的截止时间是按报道日期推断的,日后如有更准确的信息将予以更正。',
  period: '统计期',
  source: '来源',
  empty: '暂无公开的协作数据。',
  groups: {
    headline: '消费帮扶成效',
    money: '资金与金额',
    people: '人员与就业',
    projects: '项目与结对',
    shares: '占比',
  } satisfies Record<IndicatorGroupId, string>,
  scorecard: {
    title: '消费帮扶进展',
    reported: '报道累计(2018年—2020年6月)',
    recorded: '山海集市此后记录',
    total: '合计',
    note: '平台记录只计入购买时持有有效扶贫产品认定的商品,已扣除退款;只公布汇总数字,不公开任何农户信息。',
  },
  shopCta: '选购黄平好物',
};

export type StoryMessages = typeof storyMessages;
