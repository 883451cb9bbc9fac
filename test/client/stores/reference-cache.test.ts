import { createMemoryReferenceCache, type ReferenceCache } from '../../../src/stores/reference-cache';
import { createRedisReferenceCache } from '../../../src/stores/redis/reference-cache';
import { SharedStateUnavailableError } from '../../../src/stores/shared-state-error';
import { eventually, useTestRedis } from '../../helpers/redis';

const shared = useTestRedis('reference');

async function redisCache(): Promise<ReferenceCache> {
  const { connection } = await shared.connect();
  return createRedisReferenceCache({ redis: connection.commands, prefix: shared.prefix });
}

const ACCOUNT = 'https://acme.kommo.com';
const USERS = { group: '/api/v4/users', credential: 'token-hash', key: '/api/v4/users?page=1' };
const PIPELINES = { group: '/api/v4/leads/pipelines', credential: 'token-hash', key: '/api/v4/leads/pipelines' };

describe.each([
  ['in process', async () => createMemoryReferenceCache()],
  ['in Redis', redisCache],
])('the reference cache %s', (_where, create) => {
  it('serves a fill under the version it was read at, until a write moves that version', async () => {
    const cache = await create();
    const look = await cache.look(ACCOUNT, USERS);
    expect(look).toEqual({ generation: 0, version: '0.0', hit: undefined });
    await cache.fill(ACCOUNT, USERS, look.version, '{"status":200}', 60_000);
    await cache.fill(ACCOUNT, PIPELINES, '0.0', '{"status":201}', 60_000);
    expect(await cache.look(ACCOUNT, USERS)).toEqual({ generation: 0, version: '0.0', hit: '{"status":200}' });

    await cache.written(ACCOUNT, ['/api/v4/users']);
    expect(await cache.look(ACCOUNT, USERS)).toEqual({ generation: 1, version: '1.0', hit: undefined });
    // Other groups keep their entries; every write moves the account's generation.
    expect(await cache.look(ACCOUNT, PIPELINES)).toEqual({ generation: 1, version: '0.0', hit: '{"status":201}' });
    await cache.written(ACCOUNT, []);
    expect(await cache.look(ACCOUNT)).toEqual({ generation: 2, version: '', hit: undefined });
    // A fill read before the write is unreachable: it went under the old version.
    await cache.fill(ACCOUNT, USERS, look.version, '{"status":200,"stale":true}', 60_000);
    expect((await cache.look(ACCOUNT, USERS)).hit).toBeUndefined();
    expect((await cache.look('https://other.kommo.com', PIPELINES)).hit).toBeUndefined();
  });

  it('serves nothing cached for a credential once it was rejected; other credentials keep theirs', async () => {
    const cache = await create();
    const other = { ...USERS, credential: 'other-hash' };
    await cache.fill(ACCOUNT, USERS, '0.0', 'mine', 60_000);
    await cache.fill(ACCOUNT, other, '0.0', 'theirs', 60_000);
    await cache.rejected(ACCOUNT, 'token-hash');
    expect(await cache.look(ACCOUNT, USERS)).toEqual({ generation: 0, version: '0.1', hit: undefined });
    expect((await cache.look(ACCOUNT, other)).hit).toBe('theirs');
  });

  it('forgets an entry after its ttl', async () => {
    const cache = await create();
    await cache.fill(ACCOUNT, USERS, '0.0', 'x', 30);
    await eventually(async () => (await cache.look(ACCOUNT, USERS)).hit === undefined);
  });
});

describe('the reference cache in Redis', () => {
  it('is shared: one replica fills, another reads; a write on either moves both', async () => {
    const [a, b] = await Promise.all([redisCache(), redisCache()]);
    await a.fill(ACCOUNT, USERS, '0.0', 'users', 60_000);
    expect((await b.look(ACCOUNT, USERS)).hit).toBe('users');
    await b.written(ACCOUNT, ['/api/v4/users']);
    expect(await a.look(ACCOUNT, USERS)).toEqual({ generation: 1, version: '1.0', hit: undefined });
  });

  it('fails with UPSTREAM_UNAVAILABLE (Kommo) when Redis cannot be reached', async () => {
    const { connection } = shared.unreachable();
    const cache = createRedisReferenceCache({ redis: connection.commands, prefix: shared.prefix });
    const refusal = await cache.look(ACCOUNT, USERS).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SharedStateUnavailableError);
    expect((refusal as SharedStateUnavailableError).upstream).toBe('kommo');
  });
});
