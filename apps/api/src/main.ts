import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, createStartupLogger, loadConfig, rideOutConnectionLoss, useStructuredLogger } from '@doorbraak/server-core';
import { AppModule, configureApp } from '@doorbraak/server-app';

// One log line per event, also for a failure before the application exists (once the configuration
// says which format).
let logger: ReturnType<typeof createStartupLogger> | undefined;

// A connection PostgreSQL drops must not end the process where no one listened for it.
rideOutConnectionLoss();

const bootstrap = async (): Promise<void> => {
  const config = loadConfig();
  logger = createStartupLogger(config.nodeEnv, 'api');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false, logger, bufferLogs: true });
  useStructuredLogger(app);
  configureApp(app, config);
  await (config.host ? app.listen(config.port, config.host) : app.listen(config.port));
  Logger.log(`GraphQL on http://${config.host ?? 'localhost'}:${config.port}/graphql`, 'Api');
};

bootstrap().catch((error: unknown) => {
  // A configuration error is the operator's to fix: say what, without a stack trace.
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if (logger) {
    logger.fatal({ err: error }, 'api did not start', 'Api');
  } else {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
