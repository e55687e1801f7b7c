import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { AppConfig } from '@doorbraak/server-core';

// What every API instance needs on top of its modules, in production and in tests alike.
export const configureApp = (app: NestExpressApplication, config: AppConfig): void => {
  app.use(cookieParser());
  // GraphQL documents are small; anything bigger is a mistake or an attack.
  app.useBodyParser('json', { limit: '100kb' });
  app.enableCors({ origin: config.webUrl, credentials: true });
  app.enableShutdownHooks();
};
