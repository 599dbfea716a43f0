// The baseline: bare Fastify and a pg pool running exactly the SQL the API runs, with the same
// row mapping, and nothing else. The API's figures are read as a ratio to this one.
import { buildProductListSql, PRODUCT_DETAIL_SQL, toProductListItem, type ProductCardRow } from '@shanhai/api/catalog';
import { preparedStatement } from '@shanhai/api/platform';
import { ProductListQuerySchema } from '@shanhai/shared/contracts';
import { chinaDate } from '@shanhai/shared/domain';
import Fastify from 'fastify';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: Number(process.env['DB_POOL_SIZE'] ?? 10) });
const app = Fastify({ logger: false });

app.get('/api/products', async (req, reply) => {
  const parsed = ProductListQuerySchema.safeParse(req.query);
  if (!parsed.success) return reply.status(400).send({ code: 'VALIDATION_FAILED' });
  const { text, values } = buildProductListSql(parsed.data, chinaDate());
  const { rows } = await pool.query<ProductCardRow & { total: string }>(preparedStatement(text, values));
  return {
    items: rows.map(toProductListItem),
    total: rows.length ? Number(rows[0].total) : 0,
    page: parsed.data.page,
    pageSize: parsed.data.pageSize,
  };
});

app.get<{ Params: { slug: string } }>('/api/products/:slug', async (req, reply) => {
  const { rows } = await pool.query(preparedStatement(PRODUCT_DETAIL_SQL, [chinaDate(), req.params.slug]));
  if (!rows.length) return reply.status(404).send({ code: 'PRODUCT_NOT_FOUND' });
  const r = rows[0];
  return { ...toProductListItem(r), description: { zh: r.description_zh, en: r.description_en }, variants: r.variants, images: r.images, certificate: r.certificate };
});

app.listen({ port: Number(process.env['PORT']), host: '127.0.0.1' }).then(() => process.stdout.write('ready\n'));
