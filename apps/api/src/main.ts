import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@doorbraak/server-core';
import { AppModule } from './app.module';

const bootstrap = async (): Promise<void> => {
  const config = loadConfig();
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: false });
  app.enableShutdownHooks();
  app.enableCors({ origin: config.webUrl, credentials: true });
  await app.listen(config.port);
  Logger.log(`GraphQL on http://localhost:${config.port}/graphql`, 'Api');
};

bootstrap().catch((error: unknown) => {
  // A configuration error is the operator's to fix: say what, without a stack trace.
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
