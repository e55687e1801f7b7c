import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '@doorbraak/server-core';

export const BODY_LIMIT = '100kb';

type BodyParserError = Error & { status?: number; type?: string; expose?: boolean };

// Body-parser failures (too large, not JSON, unknown charset) answer in the GraphQL error shape,
// with a stable code, like every other rejection of the endpoint.
const bodyErrorHandler = (error: BodyParserError, _request: Request, response: Response, next: NextFunction): void => {
  const status = error.status ?? 500;
  if (response.headersSent || status < 400 || status >= 500) {
    next(error);
    return;
  }
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST';
  const message =
    status === 413
      ? `The request body is larger than ${BODY_LIMIT}.`
      : error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : error.expose
          ? error.message
          : 'The request could not be read.';
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
};

// What every API instance needs on top of its modules, in production and in tests alike.
export const configureApp = (app: NestExpressApplication, config: AppConfig): void => {
  // GraphiQL (development only) loads its scripts from a CDN and runs an inline script: the
  // content security policy would block it, so it is only sent where GraphiQL is off.
  app.use(helmet({ contentSecurityPolicy: config.nodeEnv === 'production' }));
  // Behind a proxy the client's address (the sign-in limit counts per address) comes from the
  // proxies named here; unset, the address is the connection's.
  app.set('trust proxy', config.trustProxy === false ? false : typeof config.trustProxy === 'number' ? config.trustProxy : [...config.trustProxy]);
  app.use(cookieParser());
  // GraphQL documents are small; anything bigger is a mistake or an attack.
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(bodyErrorHandler);
  app.enableCors({ origin: config.webUrl, credentials: true });
  app.enableShutdownHooks();
};
