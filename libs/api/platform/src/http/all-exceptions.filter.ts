import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { ErrorCode, type ErrorResponse } from '@shanhai/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isConnectionError } from '../database/database-errors';
import type { SpaFallback } from './spa-fallback';

/**
 * The one place errors become responses: expected ones keep their code, anything else is a
 * 500 (or 503 when the database is unreachable) with a log line and never a stack to the client.
 * Unknown paths outside /api and /media get the web app's index.html, so client-side routes load.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  constructor(private readonly spa: SpaFallback | null) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();

    if (exception instanceof NotFoundException && this.spa?.accepts(request)) {
      void this.spa.send(reply);
      return;
    }

    const body = this.toBody(exception, request);
    void reply.status(body.statusCode).header('cache-control', 'no-store').send(body);
  }

  private toBody(exception: unknown, request: FastifyRequest): ErrorResponse {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'code' in response) {
        return response as ErrorResponse;
      }
      const message = typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
      return {
        statusCode: status,
        code: status === 404 ? ErrorCode.NotFound : `HTTP_${status}`,
        message: Array.isArray(message) ? message.join('; ') : String(message),
      };
    }
    if (isConnectionError(exception)) {
      this.logger.error(`${request.method} ${request.url}: database unavailable: ${(exception as Error).message}`);
      return { statusCode: 503, code: ErrorCode.DatabaseUnavailable, message: 'The database is unavailable; try again shortly.' };
    }
    this.logger.error(`${request.method} ${request.url}: ${(exception as Error)?.stack ?? String(exception)}`);
    return { statusCode: 500, code: ErrorCode.InternalError, message: 'Something went wrong on our side.' };
  }
}
