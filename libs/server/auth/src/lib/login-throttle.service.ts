import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { REQUEST_REDIS, serviceUnavailable } from '@doorbraak/server-core';
import { tooManyAttempts } from './auth.exception';

const WINDOW_SECONDS = 15 * 60;

// The limits on failed sign-ins within WINDOW_SECONDS (README, "Sign-in and security").
export const SIGN_IN_LIMITS = {
  // Failures for one account from one address, then that address is refused for that account.
  perAccountAndAddress: 5,
  // Failures for one account from all addresses together, then the account is refused everywhere.
  perAccount: 10,
  // Failures from one address (all accounts) before its attempts are slowed down; never refused for
  // this alone, since ministries and municipalities sign in from behind one shared address.
  perAddressBeforeSlowdown: 20,
  // Beyond that, attempts from the address are spaced this much more per further failure...
  slowdownStepMs: 100,
  // ...up to this far apart.
  slowdownMaxMs: 5_000,
  // Attempts sent in parallel queue for their turn; beyond this wait they are refused for now.
  slowdownMaxWaitMs: 10_000,
} as const;

// Spaces the attempts of an address that failed too often: each attempt gets the next free moment,
// `step` after the previous one, and learns how long to wait for it (negative: too long, refused).
// Redis's own clock, so every API process agrees.
const TAKE_TURN = `
local failures = tonumber(redis.call('GET', KEYS[1]) or '0')
local free = tonumber(ARGV[1])
if failures <= free then return 0 end
local step = math.min(tonumber(ARGV[3]), (failures - free) * tonumber(ARGV[2]))
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local at = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
if at - now > tonumber(ARGV[4]) then return now - at end
redis.call('SET', KEYS[2], at + step, 'PX', at + step - now + 1000)
return at - now
`;

const COUNT_FAILURE = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count
`;

type Limit = { limiter: RateLimiterRedis; key: string; points: number };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// Failed sign-ins are counted in Redis, so every API process agrees. When Redis cannot be asked,
// sign-in is refused as an outage (503, SERVICE_UNAVAILABLE): never unlimited attempts, and not
// TOO_MANY_ATTEMPTS either, which would tell a person they did something wrong and hide the outage.
@Injectable()
export class LoginThrottleService {
  private readonly perAccount: RateLimiterRedis;
  private readonly perAccountAndAddress: RateLimiterRedis;

  constructor(@Inject(REQUEST_REDIS) private readonly redis: Redis) {
    const limiter = (keyPrefix: string, points: number) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS });
    this.perAccount = limiter('login-fail-account', SIGN_IN_LIMITS.perAccount);
    this.perAccountAndAddress = limiter('login-fail-account-address', SIGN_IN_LIMITS.perAccountAndAddress);
  }

  // Refuses a locked account (or account and address), then waits for the address's turn.
  async assertAllowed(email: string, address: string): Promise<void> {
    const limits = this.limits(email, address);
    const results = await this.ask(() => Promise.all(limits.map(({ limiter, key }) => limiter.get(key))));
    const blocked = limits
      .map((limit, index) => ({ ...limit, result: results[index] }))
      .filter(({ result, points }) => result !== null && result.consumedPoints >= points);
    if (blocked.length > 0) {
      throw tooManyAttempts(Math.max(...blocked.map(({ result }) => (result as RateLimiterRes).msBeforeNext)) / 1000);
    }
    const wait = Number(
      await this.ask(() =>
        this.redis.eval(
          TAKE_TURN,
          2,
          `login-fail-address:${address}`,
          `login-turn-address:${address}`,
          SIGN_IN_LIMITS.perAddressBeforeSlowdown,
          SIGN_IN_LIMITS.slowdownStepMs,
          SIGN_IN_LIMITS.slowdownMaxMs,
          SIGN_IN_LIMITS.slowdownMaxWaitMs,
        ),
      ),
    );
    if (wait < 0) {
      throw tooManyAttempts(-wait / 1000);
    }
    if (wait > 0) {
      await sleep(wait);
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await this.ask(() =>
      Promise.all([
        ...this.limits(email, address).map(({ limiter, key }) => limiter.consume(key).catch(ignoreLimitReached)),
        this.redis.eval(COUNT_FAILURE, 1, `login-fail-address:${address}`, WINDOW_SECONDS),
      ]),
    );
  }

  // The person at this address knows the password: their own mistakes there are forgiven. The account's
  // count from all addresses stays, so someone guessing elsewhere gains nothing from it.
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.ask(() => this.perAccountAndAddress.delete(`${email}|${address}`));
  }

  private limits(email: string, address: string): Limit[] {
    return [
      { limiter: this.perAccount, key: email, points: SIGN_IN_LIMITS.perAccount },
      { limiter: this.perAccountAndAddress, key: `${email}|${address}`, points: SIGN_IN_LIMITS.perAccountAndAddress },
    ];
  }

  private async ask<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw serviceUnavailable(error);
    }
  }
}

const ignoreLimitReached = (error: unknown): void => {
  if (!(error instanceof RateLimiterRes)) {
    throw error;
  }
};
