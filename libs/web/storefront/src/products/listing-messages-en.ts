import type { MessagesOf } from '@shanhai/web/shared';
import type { ListingMessages } from './listing-messages';

export const listingMessagesEn: MessagesOf<ListingMessages> = {
  documentTitle: 'All products · Shanhai Market',
  title: 'Goods from Huangping',
  resultCount: 'Products found: {{count, number}}',
  empty: 'No products match these filters.',
  clearFilters: 'Clear filters',
  ignoredFilters: 'Some filters in the link were not understood and were ignored: {{keys}}',
  filters: {
    label: 'Filter products',
    category: 'Category',
    allCategories: 'All categories',
    township: 'Township',
    allTownships: 'All townships',
    cooperative: 'Cooperative',
    allCooperatives: 'All cooperatives',
    sort: 'Sort by',
    sortDefault: 'Default order',
    sorts: { price_asc: 'Price: low to high', price_desc: 'Price: high to low', newest: 'Newest first' },
    price: 'Price (yuan)',
    minPrice: 'Min price',
    maxPrice: 'Max price',
    applyPrice: 'Apply price',
    priceInvalid: 'Enter an amount such as 58 or 58.50, with at most two decimals.',
    priceOrder: 'The minimum price cannot be above the maximum.',
    certifiedOnly: 'Aid-certified products only',
  },
};
