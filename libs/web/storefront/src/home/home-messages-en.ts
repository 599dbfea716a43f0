import type { MessagesOf } from '@shanhai/web/shared';
import type { HomeMessages } from './home-messages';

export const homeMessagesEn: MessagesOf<HomeMessages> = {
  documentTitle: 'Shanhai Market · Huangping goods for Hangzhou',
  hero: {
    title: 'Where the mountains meet the sea',
    lead: 'Gongshu District in Hangzhou and Huangping County in Guizhou work together in the East–West poverty-alleviation cooperation. The under-forest organic tea, termite and pleurotus mushrooms and Miao silver here come from Huangping cooperatives, and the earnings reach local households as dividends, wages and land rent.',
    shop: 'Shop Huangping goods',
    story: 'Read our story',
  },
  categories: 'Shop by category',
  categoryCount: 'Products: {{count, number}}',
  noCategories: 'No categories yet.',
  newProducts: 'New arrivals',
  allProducts: 'See all products',
  noProducts: 'No products on sale yet.',
  cooperatives: 'Huangping cooperatives',
  allCooperatives: 'See all cooperatives',
  noCooperatives: 'No cooperatives yet.',
  storyTeaser: {
    title: 'From Hangzhou Bay to the Yunnan–Guizhou Plateau',
    text: 'Far apart as mountains and sea, Gongshu and Huangping are paired in industry, consumption, labour and people. See what the cooperation has achieved.',
    link: 'Read the story',
  },
};
