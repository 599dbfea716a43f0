import { ProductListQuerySchema } from '@shanhai/shared/contracts';
import { buildProductListSql } from './product-list.sql';

const q = (input: Record<string, string>) => ProductListQuerySchema.parse(input);

describe('buildProductListSql', () => {
  it('binds every filter as a parameter, never as SQL text', () => {
    const { text, values } = buildProductListSql(
      q({ q: "tea'; DROP TABLE products; --", category: 'tea', township: 'jiuzhou', cooperative: 'lebainian', minPriceFen: '100', maxPriceFen: '9000' }),
      '2026-11-29',
    );
    expect(text).not.toContain('DROP TABLE');
    expect(values).toEqual(['2026-11-29', "%tea'; drop table products; --%", 'tea', 'jiuzhou', 'lebainian', 100, 9000, 24, 0]);
  });

  it('escapes LIKE wildcards in the search text', () => {
    const { values } = buildProductListSql(q({ q: '100%_off' }), '2026-11-29');
    expect(values[1]).toBe('%100\\%\\_off%');
  });

  it('pages with limit and offset', () => {
    const { text, values } = buildProductListSql(q({ page: '3', pageSize: '10' }), '2026-11-29');
    expect(text).toContain('LIMIT $2 OFFSET $3');
    expect(values.slice(1)).toEqual([10, 20]);
  });

  it.each([
    ['price_asc', 'p.price_min_fen ASC'],
    ['price_desc', 'p.price_max_fen DESC'],
    ['newest', 'p.created_at DESC'],
  ])('sorts %s by %s', (sort, order) => {
    expect(buildProductListSql(q({ sort }), '2026-11-29').text).toContain(`ORDER BY ${order}`);
  });

  it('filters certified and not certified with the same rule', () => {
    const yes = buildProductListSql(q({ certified: 'true' }), '2026-11-29').text;
    const no = buildProductListSql(q({ certified: 'false' }), '2026-11-29').text;
    expect(yes).toContain('AND EXISTS (SELECT 1 FROM aid_certificates ac2');
    expect(no).toContain('AND NOT EXISTS (SELECT 1 FROM aid_certificates ac2');
  });

  it('only ever shows listed products of approved sellers', () => {
    const text = buildProductListSql(q({}), '2026-11-29').text;
    expect(text).toContain("p.status = 'active' AND p.cooperative_id IN (SELECT id FROM cooperatives WHERE status = 'approved')");
  });
});
