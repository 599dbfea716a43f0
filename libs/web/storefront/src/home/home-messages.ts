/** The home page's namespace. */
export const HOME_NS = 'home';

export const homeMessages = {
  documentTitle: '山海集市 · 黄平好物直达杭州',
  hero: {
    title: '山海相逢,黔货入杭',
    lead: '杭州市拱墅区与贵州省黄平县携手开展东西部扶贫协作。这里的林下有机茶、鸡枞菌、猪肚菇和苗银都来自黄平县的合作社,收益通过分红、务工和土地流转惠及当地农户。',
    shop: '逛逛黄平好物',
    story: '了解山海故事',
  },
  categories: '按分类选购',
  categoryCount: '{{count, number}} 件商品',
  noCategories: '暂无商品分类。',
  newProducts: '新品上架',
  allProducts: '查看全部商品',
  noProducts: '暂无在售商品。',
  cooperatives: '黄平合作社',
  allCooperatives: '查看全部合作社',
  noCooperatives: '暂无合作社。',
  storyTeaser: {
    title: '从杭州湾到云贵高原',
    text: '拱墅与黄平虽山海远隔,却在产业、消费、劳务和人才上结对互助。看看这些年的协作成绩单。',
    link: '阅读山海故事',
  },
};

export type HomeMessages = typeof homeMessages;
