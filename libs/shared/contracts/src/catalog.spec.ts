import { ProductListQuerySchema } from './catalog';

describe('ProductListQuerySchema', () => {
  it('coerces query strings and fills defaults', () => {
    const parsed = ProductListQuerySchema.parse({ q: ' tea ', certified: 'true', minPriceFen: '1000', page: '2' });
    expect(parsed).toEqual({ q: 'tea', certified: true, minPriceFen: 1000, page: 2, pageSize: 24 });
  });

  it('reports each bad field by name', () => {
    const result = ProductListQuerySchema.safeParse({ pageSize: '500', sort: 'cheapest', certified: 'yes', minPriceFen: '1.5' });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join('.')).sort();
    expect(fields).toEqual(['certified', 'minPriceFen', 'pageSize', 'sort']);
  });

  it('refuses unknown keys', () => {
    const result = ProductListQuerySchema.safeParse({ colour: 'red' });
    expect(result.success).toBe(false);
  });

  it('refuses a price range that is upside down', () => {
    const result = ProductListQuerySchema.safeParse({ minPriceFen: '5000', maxPriceFen: '100' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['maxPriceFen']);
  });

  it('refuses a slug with upper case or spaces', () => {
    expect(ProductListQuerySchema.safeParse({ category: 'Tea Leaves' }).success).toBe(false);
  });
});
