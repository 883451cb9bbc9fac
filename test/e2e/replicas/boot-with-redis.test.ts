import { Redis } from 'ioredis';
import { boot } from '../../../src/boot';
import { loadConfig } from '../../../src/config';
import { deleteKeys } from '../../helpers/redis';
import { recordingLogger } from '../../helpers/recording-logger';

// Boot uses the production prefix, so this file keeps to a database of its own.
const REDIS_URL = 'redis://127.0.0.1:6379/13';
const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
afterAll(async () => {
  await deleteKeys(redis, 'ponte:');
  await redis.quit();
});

describe('npm start with REDIS_URL', () => {
  it('shares its state through Redis: the second timeline reads users and pipelines from the cache', async () => {
    const logger = recordingLogger();
    const running = await boot(loadConfig({ PORT: '0', KOMMO_RATE_LIMIT_RPS: '50', REDIS_URL }), logger);
    try {
      expect(logger.entries.find((entry) => entry.message.startsWith('Ponte is serving'))?.fields).toMatchObject({
        sharedState: 'Redis',
      });
      const timeline = () =>
        fetch(running.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ events(first: 5) { nodes { id createdBy { name } } } }' }),
        }).then((response) => response.json() as Promise<{ data: unknown; extensions: { cost: unknown } }>);
      const first = await timeline();
      const second = await timeline();
      expect(second.data).toEqual(first.data);
      expect([first.extensions.cost, second.extensions.cost]).toEqual([
        { estimatedUpstreamCalls: 2, upstreamCalls: 2 },
        { estimatedUpstreamCalls: 2, upstreamCalls: 1 },
      ]);
      expect(running.demo?.kommo.count('/api/v4/users')).toBe(1);
      expect((await redis.keys('ponte:ref:*')).length).toBeGreaterThan(0);
    } finally {
      await running.stop();
    }
  });
});
