import { AidEntriesQuerySchema, AidExportQuerySchema, AidFilterSchema } from './aid-dashboard';

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.')).sort();

describe('aid dashboard query schemas', () => {
  it('coerce the page, fill defaults and keep the filters', () => {
    expect(
      AidEntriesQuerySchema.parse({
        from: '2025-01',
        to: '2025-03',
        cooperative: ' langdong-fungi-park ',
        page: '3',
      }),
    ).toEqual({
      from: '2025-01',
      to: '2025-03',
      cooperative: 'langdong-fungi-park',
      page: 3,
      pageSize: 50,
    });
    expect(AidExportQuerySchema.parse({ view: 'village', channel: 'online' })).toEqual({
      view: 'village',
      channel: 'online',
      format: 'csv',
    });
  });

  it('refuse a misspelt filter instead of answering unfiltered', () => {
    for (const schema of [AidFilterSchema, AidEntriesQuerySchema, AidExportQuerySchema]) {
      const result = schema.safeParse({ view: 'period', cooprative: 'langdong-fungi-park' });
      expect(result.success).toBe(false);
      expect(result.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
    }
  });

  it('report each bad field by name', () => {
    expect(
      fieldsOf(
        AidEntriesQuerySchema.safeParse({
          from: '2025-13',
          channel: 'market',
          kind: 'gift',
          pageSize: '500',
          page: '0',
        }),
      ),
    ).toEqual(['channel', 'from', 'kind', 'page', 'pageSize']);
    expect(fieldsOf(AidExportQuerySchema.safeParse({ view: 'household', format: 'pdf' }))).toEqual([
      'format',
      'view',
    ]);
  });

  it('refuse a period range that runs backwards, on from', () => {
    const result = AidFilterSchema.safeParse({ from: '2025-06', to: '2025-01' });
    expect(fieldsOf(result)).toEqual(['from']);
    expect(AidFilterSchema.safeParse({ from: '2025-06', to: '2025-06' }).success).toBe(true);
  });
});
