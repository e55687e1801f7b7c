import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { REDIS } from '@doorbraak/server-core';
import { tooManyAttempts } from './auth.exception';

const WINDOW_SECONDS = 15 * 60;

// Failed sign-ins are counted in Redis, per account and per address, so every API process agrees.
@Injectable()
export class LoginThrottleService {
  private readonly perAccount: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis) {
    this.perAccount = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: 'login-fail-account',
      points: 5,
      duration: WINDOW_SECONDS,
      blockDuration: WINDOW_SECONDS,
    });
    // Offices share addresses: a higher limit per address than per account.
    this.perAddress = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: 'login-fail-address',
      points: 20,
      duration: WINDOW_SECONDS,
      blockDuration: WINDOW_SECONDS,
    });
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, ip] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const blocked = [
      { result: account, points: 5 },
      { result: ip, points: 20 },
    ].filter(({ result, points }) => result !== null && result.consumedPoints >= points);
    if (blocked.length > 0) {
      throw tooManyAttempts(Math.max(...blocked.map(({ result }) => (result as RateLimiterRes).msBeforeNext)) / 1000);
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      this.perAccount.consume(email).catch(ignoreLimitReached),
      this.perAddress.consume(address).catch(ignoreLimitReached),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}

const ignoreLimitReached = (error: unknown): void => {
  if (!(error instanceof RateLimiterRes)) {
    throw error;
  }
};
