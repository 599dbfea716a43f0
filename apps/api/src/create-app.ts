import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { STRIPE_WEBHOOK_PATH } from '@shanhai/api/orders';
import { AllExceptionsFilter, createValidationPipe, refuseCrossSiteWrites, securityHeaders, SpaFallback, type AppConfig } from '@shanhai/api/platform';
import type { RawServerDefault } from 'fastify';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppModule } from './app.module';

const BODY_LIMIT = 1024 * 1024;

const NEST_LEVELS: Record<string, LogLevel[]> = {
  silent: [],
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** Builds the HTTP application: API routes, OpenAPI docs, security headers and the web app's files. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: config.logRequests ? { level: config.logLevel } : false,
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, databaseUrl }),
    adapter,
    { logger: NEST_LEVELS[config.logLevel] ?? NEST_LEVELS['info'], abortOnError: false },
  );

  const headers = securityHeaders({ hsts: config.trustProxy });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
  refuseCrossSiteWrites(fastify);
  // JSON as usual, except the Stripe webhook: its signature is checked on the exact bytes received,
  // so that route gets the raw body (req.rawBody, @RawBody()) and nothing parses it first
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: BODY_LIMIT }, (req, body, done) => {
    if ((req.routeOptions.url ?? req.url.split('?')[0]) === STRIPE_WEBHOOK_PATH) {
      (req as typeof req & { rawBody?: Buffer }).rawBody = body;
      done(null, undefined);
      return;
    }
    parseJson(req, body.toString(), done);
  });
  await app.register(cookie);
  // Multipart forms (file uploads): each route reads its one file with its own limit (the aid
  // import up to 20 MiB, product photos and certificate scans 8 MiB) and refuses a larger file
  // with 413; these strict defaults hold for any route that does not set its own.
  await app.register(multipart, { limits: { fileSize: BODY_LIMIT, files: 1, fields: 10, fieldSize: 1000, parts: 12 } });

  app.useGlobalPipes(createValidationPipe());
  const webDist = path.resolve(config.webDist);
  const spa = SpaFallback.fromDist(webDist);
  app.useGlobalFilters(new AllExceptionsFilter(spa));
  app.enableShutdownHooks();

  const docs = new DocumentBuilder()
    .setTitle('Shanhai Market API')
    .setDescription('山海集市: Huangping specialty goods and consumption-aid tracking')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, docs), { jsonDocumentUrl: 'api/docs/openapi.json' });

  if (existsSync(webDist)) {
    await app.useStaticAssets({ root: webDist, prefix: '/', wildcard: false, index: ['index.html'], maxAge: '1h' });
  } else {
    new Logger('Web').warn(`No web build at ${webDist}: run "npx nx build web" to serve the storefront.`);
  }
  return app;
}
