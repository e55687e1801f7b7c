import { Global, Module, type DynamicModule } from '@nestjs/common';
import { type AppConfig } from './config';

export const APP_CONFIG = Symbol('APP_CONFIG');

// The validated configuration, provided once for the whole application.
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
