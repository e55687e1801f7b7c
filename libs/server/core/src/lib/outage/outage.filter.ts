import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ServiceUnavailableError } from './outage';

// During an outage every request fails alike: one warning per interval says so, with the count.
const LOG_EVERY_MS = 10_000;

const causeOf = (error: ServiceUnavailableError): string =>
  error.reason instanceof Error ? error.reason.message || error.reason.name : String(error.reason);

// Outages answer 503 with Retry-After (GraphQL: extensions.code SERVICE_UNAVAILABLE; the API's
// Apollo plugin sets the status), so a client retries instead of signing its person out.
@Catch(ServiceUnavailableError)
export class OutageFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Outage');
  private lastLoggedAt = 0;
  private unlogged = 0;

  catch(error: ServiceUnavailableError, host: ArgumentsHost): GraphQLError | void {
    this.note(error);
    if (host.getType<string>() === 'graphql') {
      return new GraphQLError(error.message, { extensions: { code: error.code, retryAfterSeconds: error.retryAfterSeconds } });
    }
    const response = host.switchToHttp().getResponse<Response>();
    response.setHeader('Retry-After', String(error.retryAfterSeconds));
    response.status(503).json({ code: error.code, message: error.message });
  }

  private note(error: ServiceUnavailableError): void {
    const now = Date.now();
    if (now - this.lastLoggedAt < LOG_EVERY_MS) {
      this.unlogged += 1;
      return;
    }
    this.logger.warn({ cause: causeOf(error), alsoRefused: this.unlogged }, 'request refused: a database or Redis is unreachable');
    this.lastLoggedAt = now;
    this.unlogged = 0;
  }
}
