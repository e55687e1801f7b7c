import { Client } from 'pg';
import { Redis } from 'ioredis';
import { startDedicatedPostgres, startDedicatedRedis } from '../index';

describe('dedicated test servers', () => {
  it('starts, stops and restarts a migrated PostgreSQL that the application role can use', async () => {
    const pg = await startDedicatedPostgres();
    try {
      const query = async (): Promise<number> => {
        const client = new Client({ connectionString: pg.appUrl });
        await client.connect();
        try {
          return (await client.query<{ count: string }>('SELECT count(*) FROM person')).rows.length;
        } finally {
          await client.end();
        }
      };
      expect(await query()).toBe(1);
      await pg.stop();
      await expect(query()).rejects.toThrow(/ECONNREFUSED/);
      await pg.start();
      expect(await query()).toBe(1);
    } finally {
      await pg.destroy();
    }
  });

  it('starts, stops and restarts a Redis', async () => {
    const redis = await startDedicatedRedis();
    const client = new Redis(redis.url, { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true });
    client.on('error', () => undefined);
    try {
      await client.connect();
      expect(await client.ping()).toBe('PONG');
      await redis.stop();
      await expect(client.ping()).rejects.toThrow();
      await redis.start();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await expect(client.ping()).resolves.toBe('PONG');
    } finally {
      client.disconnect();
      await redis.destroy();
    }
  });
});
