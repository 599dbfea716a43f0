import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Termite Mushroom 500 g', 'termite-mushroom-500-g'],
    ['  Louyang Lake — Organic Tea ', 'louyang-lake-organic-tea'],
    ['Café Miao', 'cafe-miao'],
    ['鸡枞菌', ''],
  ])('%p → %p', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
