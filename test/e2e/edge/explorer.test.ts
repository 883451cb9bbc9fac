import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { boot, type Booted } from '../../../src/boot';
import { loadConfig } from '../../../src/config';
import { recordingLogger } from '../../helpers/recording-logger';

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function packageFile(name: string, file: string): Buffer {
  return readFileSync(join(dirname(require.resolve(`${name}/package.json`)), file));
}

async function post(running: Booted, query: string) {
  const response = await fetch(running.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { errors?: Array<{ message: string }> } };
}

describe('npm start without configuration: the explorer, offline', () => {
  let running: Booted;
  beforeAll(async () => {
    running = await boot(loadConfig({ PORT: '0', KOMMO_RATE_LIMIT_RPS: '50' }), recordingLogger());
  });
  afterAll(() => running.stop());

  it('serves GraphiQL at GET /graphql from the gateway itself: every asset it references, no external URL', async () => {
    const page = await fetch(running.gateway.url, { headers: BROWSER });
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const html = await page.text();
    expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+/i);
    expect(html).toContain("connect-src 'self'");
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((match) => match[1] ?? '')
      .filter((reference) => reference !== 'data:,');
    expect(references.sort()).toEqual([
      'graphql/explorer/graphiql.min.css',
      'graphql/explorer/graphiql.min.js',
      'graphql/explorer/react-dom.production.min.js',
      'graphql/explorer/react.production.min.js',
      'graphql/explorer/start.js',
    ]);
    const expected: Record<string, Buffer | undefined> = {
      'graphql/explorer/graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
      'graphql/explorer/graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
      'graphql/explorer/react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
      'graphql/explorer/react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
      'graphql/explorer/start.js': undefined,
    };
    for (const reference of references) {
      const asset = await fetch(new URL(reference, running.gateway.url));
      const body = Buffer.from(await asset.arrayBuffer());
      expect([reference, asset.status]).toEqual([reference, 200]);
      expect(asset.headers.get('content-type')).toMatch(
        reference.endsWith('.css') ? /^text\/css/ : /^text\/javascript/,
      );
      const file = expected[reference];
      if (file === undefined) {
        expect(body.toString()).toContain('GraphiQL.createFetcher({ url: url })');
        expect(body.toString()).not.toMatch(/https?:/);
      } else expect(body.equals(file)).toBe(true);
    }
    // Only the files listed are served: a name is never a path into node_modules.
    const missing = await fetch(new URL('graphql/explorer/..%2F..%2Fpackage.json', running.gateway.url));
    expect(missing.status).toBe(404);
    await missing.arrayBuffer();
  });

  it('keeps introspection and field suggestions on for the explorer', async () => {
    expect((await post(running, '{ __schema { queryType { name } } }')).body.errors).toBeUndefined();
    expect((await post(running, '{ evnts { nodes { id } } }')).body.errors?.[0]?.message).toContain('Did you mean');
  });
});

describe('INTROSPECTION=false (the default under NODE_ENV=production)', () => {
  let running: Booted;
  beforeAll(async () => {
    running = await boot(loadConfig({ NODE_ENV: 'production', DEMO: 'true', PORT: '0' }), recordingLogger());
  });
  afterAll(() => running.stop());

  it('serves no explorer and none of its assets', async () => {
    const page = await fetch(running.gateway.url, { headers: BROWSER });
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('the explorer is off here: INTROSPECTION=false');
    const asset = await fetch(new URL('graphql/explorer/graphiql.min.js', running.gateway.url));
    expect(asset.status).toBe(404);
    await asset.arrayBuffer();
  });

  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Lead") { fields { name } } }'],
    ['_service', '{ _service { sdl } }'],
  ])('refuses %s', async (_name, query) => {
    const { status, body } = await post(running, query);
    expect(status).toBe(400);
    expect(body.errors?.map((error) => error.message)).toEqual([
      'Introspection is off on this gateway (INTROSPECTION=false); the schema is published as schema/schema.graphql',
    ]);
  });

  it('names no field of the schema in a validation error', async () => {
    const { body } = await post(running, '{ evnts { nodes { id } } }');
    expect(body.errors?.[0]?.message).toBe('Cannot query field "evnts" on type "Query".');
  });
});
