import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, QueueModule, RedisModule, type AppConfig } from '@doorbraak/server-core';
import { DatabaseModule } from '@doorbraak/server-data';

type JobModule = Type | DynamicModule;

@Module({})
class TestWorkerModule {
  static forRoot(config: AppConfig, jobModules: readonly JobModule[]): DynamicModule {
    return {
      module: TestWorkerModule,
      imports: [ConfigModule.forRoot(config), RedisModule, DatabaseModule.forRoot(), QueueModule, ...jobModules],
    };
  }
}

// The worker's job modules (and the ports they need bound), in the test's process: the API only
// enqueues. The caller closes it.
export const startTestWorker = async (config: AppConfig, jobModules: readonly JobModule[]): Promise<INestApplicationContext> => {
  const worker = await NestFactory.createApplicationContext(TestWorkerModule.forRoot(config, jobModules), { logger: false, abortOnError: false });
  await worker.init();
  return worker;
};
