import type { MessagesOf } from '@shanhai/web/shared';
import type { CooperativeMessages } from './cooperative-messages';

export const cooperativeMessagesEn: MessagesOf<CooperativeMessages> = {
  list: {
    documentTitle: 'Cooperatives · Shanhai Market',
    title: 'Huangping cooperatives',
    intro:
      'Every cooperative is in Huangping County and has declared how registered poor households benefit: dividends, day wages, land-transfer rent or produce purchase.',
    empty: 'No cooperatives yet.',
  },
  documentTitle: '{{name}} · Shanhai Market',
  location: 'Location',
  legalForm: 'Legal form',
  legalForms: {
    cooperative: "Farmers' cooperative",
    company: 'Company',
    village_collective: 'Village collective',
    family_farm: 'Family farm',
  },
  creditCode: 'Unified social credit code',
  story: 'Their story',
  benefits: 'Benefit mechanisms',
  benefitsIntro: 'How the cooperative has committed to benefit registered poor households:',
  noBenefits: 'No benefit mechanism published yet.',
  products: 'Products on sale',
  noProducts: 'This cooperative has no products on sale yet.',
  notFoundTitle: 'Cooperative not found',
  errorTitle: 'Could not load · Shanhai Market',
  backToList: 'Back to all cooperatives',
  benefit: {
    dividend: 'Dividend',
    day_wage: 'Day wages',
    land_rent: 'Land-transfer rent',
    produce_purchase: 'Produce purchase',
  },
};
