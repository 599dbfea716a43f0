import type { BenefitMechanismType } from '@shanhai/shared/contracts';

/** The namespace of the cooperative list and cooperative pages. */
export const COOPERATIVE_NS = 'cooperative';

export const cooperativeMessages = {
  list: {
    documentTitle: '合作社 · 山海集市',
    title: '黄平合作社',
    intro: '每一家合作社都位于黄平县,并承诺通过分红、务工、土地流转或收购农产品带动建档立卡户增收。',
    empty: '暂无合作社。',
  },
  documentTitle: '{{name}} · 山海集市',
  location: '所在地',
  legalForm: '主体类型',
  legalForms: {
    cooperative: '农民专业合作社',
    company: '企业',
    village_collective: '村集体经济组织',
    family_farm: '家庭农场',
  },
  creditCode: '统一社会信用代码',
  story: '合作社故事',
  benefits: '带贫益贫机制',
  benefitsIntro: '合作社向当地建档立卡户承诺的受益方式:',
  noBenefits: '暂未公布带贫益贫机制。',
  products: '在售商品',
  noProducts: '这家合作社暂无在售商品。',
  notFoundTitle: '合作社不存在',
  errorTitle: '加载失败 · 山海集市',
  backToList: '返回合作社列表',
  benefit: {
    dividend: '分红',
    day_wage: '务工日薪',
    land_rent: '土地流转租金',
    produce_purchase: '农产品收购',
  } satisfies Record<BenefitMechanismType, string>,
};

export type CooperativeMessages = typeof cooperativeMessages;
