import { UpstreamBadResponseError } from '../../../src/upstream/errors';
import { Transport } from '../../../src/upstream/transport';
import { failureOf, TOKEN, transportHarness } from './fixture';
import { json } from './script-server';

const harness = transportHarness();
afterEach(() => harness.teardown());

describe('Transport: successful responses', () => {
  it('sends the query in order with auth and accept headers, and parses hal+json', async () => {
    const leads = { _embedded: { leads: [{ id: 1 }, { id: 2 }] } };
    const { server, transport } = await harness.start([json(200, leads, 'application/hal+json; charset=utf-8')]);

    const res = await transport.request({
      method: 'GET',
      path: '/api/v4/leads',
      query: [
        ['filter[id][]', '1'],
        ['filter[id][]', '2'],
        ['query', 'a b&c'],
      ],
    });

    expect(res).toEqual({ status: 200, body: leads });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.url).toBe('/api/v4/leads?filter[id][]=1&filter[id][]=2&query=a%20b%26c');
    expect(server.requests[0]?.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, accept: 'application/json' });
  });

  it('keeps a path prefix of the base URL', async () => {
    const { server } = await harness.start([json(200, {})]);
    const prefixed = new Transport({
      upstream: 'woofed',
      baseUrl: `${server.url}/crm/`,
      token: TOKEN,
      timeoutMs: 2000,
    });
    try {
      await prefixed.request({ method: 'GET', path: '/api/v1/accounts/1/deals/5' });
    } finally {
      await prefixed.close();
    }
    expect(server.requests[0]?.url).toBe('/crm/api/v1/accounts/1/deals/5');
  });

  it('sends a JSON body with a JSON content type', async () => {
    const { server, transport } = await harness.start([json(201, { id: 9, kind: 'activity' })]);

    const res = await transport.request({ method: 'POST', path: '/events', body: { kind: 'activity' } });

    expect(res).toEqual({ status: 201, body: { id: 9, kind: 'activity' } });
    expect(server.requests[0]).toMatchObject({ method: 'POST', body: '{"kind":"activity"}' });
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('turns 204 and an empty 200 into a null body', async () => {
    const { transport } = await harness.start([{ status: 204 }, { status: 200, body: '' }]);

    expect(await transport.request({ method: 'GET', path: '/api/v4/events' })).toEqual({ status: 204, body: null });
    expect(await transport.request({ method: 'GET', path: '/api/v4/events' })).toEqual({ status: 200, body: null });
  });

  it('rejects a 200 that is not JSON', async () => {
    const { transport } = await harness.start([
      { status: 200, headers: { 'content-type': 'text/html' }, body: '<html></html>' },
    ]);

    const error = await failureOf(transport.request({ method: 'GET', path: '/api/v4/leads' }));

    expect(error).toBeInstanceOf(UpstreamBadResponseError);
    expect(error).toMatchObject({ kind: 'BAD_RESPONSE', status: 200, reason: 'not JSON' });
  });

  it('rejects a 200 with malformed JSON', async () => {
    const { transport } = await harness.start([
      { status: 200, headers: { 'content-type': 'application/hal+json' }, body: '{"_embedded":' },
    ]);

    const error = await failureOf(transport.request({ method: 'GET', path: '/api/v4/leads' }));

    expect(error).toBeInstanceOf(UpstreamBadResponseError);
    expect(error).toMatchObject({ status: 200, reason: 'malformed JSON' });
  });

  it('refuses a path without a leading slash or with a query string, before any request', async () => {
    const { server, transport } = await harness.start([json(200, {})]);

    await expect(transport.request({ method: 'GET', path: 'api/v4/leads' })).rejects.toThrow(TypeError);
    await expect(transport.request({ method: 'GET', path: '/api/v4/leads?page=2' })).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});
