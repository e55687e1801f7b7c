import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig } from '@doorbraak/server-core';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

const bootstrap = async (): Promise<void> => {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false });
  configureApp(app, config);
  await app.listen(config.port);
  Logger.log(`GraphQL on http://localhost:${config.port}/graphql`, 'Api');
};

bootstrap().catch((error: unknown) => {
  // A configuration error is the operator's to fix: say what, without a stack trace.
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
