import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@doorbraak/server-core';
import { AppModule, configureApp } from '@doorbraak/server-app';
import { testConfig } from './test-config';
import type { QueryCounter } from './query-counter';

export type TestApi = { app: INestApplication; url: string };

// The real API on a free port, connected as the application role to a test database.
export const startTestApi = async (
  databaseUrl: string,
  options: { counter?: QueryCounter; config?: Partial<AppConfig> } = {},
): Promise<TestApi> => {
  const config = testConfig({ databaseUrl, ...options.config });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { logger: options.counter }), {
    logger: false,
    bodyParser: false,
  });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
};

// The ports the API binds, for a test's in-process worker.
export { escalationPorts } from '@doorbraak/server-app';
