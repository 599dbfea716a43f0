import request from 'supertest';
import { e2eState } from './support/state';

describe('GET /api/health', () => {
  it('answers 200 with the database up', async () => {
    const res = await request(e2eState().apiUrl).get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database.status).toBe('up');
    expect(typeof res.body.database.latencyMs).toBe('number');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('sends security headers', async () => {
    const res = await request(e2eState().apiUrl).get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('OpenAPI', () => {
  it('documents every public catalogue endpoint', async () => {
    const res = await request(e2eState().apiUrl).get('/api/docs/openapi.json').expect(200);
    const paths = Object.keys(res.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/categories',
        '/api/townships',
        '/api/products',
        '/api/products/{slug}',
        '/api/cooperatives',
        '/api/cooperatives/{slug}',
        '/api/story',
      ]),
    );
    const params = res.body.paths['/api/products'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining([
        'q',
        'category',
        'township',
        'cooperative',
        'minPriceFen',
        'maxPriceFen',
        'certified',
        'sort',
        'page',
        'pageSize',
      ]),
    );
  });

  it('serves the interactive docs page', async () => {
    const res = await request(e2eState().apiUrl).get('/api/docs').expect(200);
    expect(res.text).toContain('swagger');
  });
});

describe('unknown API paths', () => {
  it('answer a JSON 404 with a code, never the web page', async () => {
    const res = await request(e2eState().apiUrl).get('/api/nothing-here').expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: expect.any(String) });
  });
});
