import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { checkHealth, Public, REQUEST_REDIS, type Health } from '@doorbraak/server-core';

// 200 only when both PostgreSQL and Redis answer; load balancers and the start script rely on it.
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REQUEST_REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const health = await checkHealth({ postgres: () => this.dataSource.query('SELECT 1'), redis: () => this.redis.ping() });
    response.status(health.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return health;
  }
}
