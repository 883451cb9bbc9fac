import { Trace } from '@apollo/usage-reporting-protobuf';
import { startHarness, type Harness } from '../../helpers/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

async function post(headers: Record<string, string>) {
  const response = await fetch(harness.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: 'query Feed { events(first: 2) { nodes { id } } }' }),
  });
  return { requestId: response.headers.get('x-request-id'), body: (await response.json()) as Record<string, unknown> };
}

describe('federation inline traces (ftv1) beside Ponte’s own telemetry', () => {
  it('answers a router that asks for them with a field trace, and the request id header', async () => {
    const { requestId, body } = await post({ 'apollo-federation-include-trace': 'ftv1', 'x-request-id': 'router-1' });

    const ftv1 = (body['extensions'] as { ftv1?: string } | undefined)?.ftv1;
    expect(typeof ftv1).toBe('string');
    const trace = Trace.decode(Buffer.from(ftv1 ?? '', 'base64'));
    expect(trace.root?.child?.map((node) => node.responseName)).toEqual(['events']);
    expect(Number(trace.durationNs)).toBeGreaterThan(0);
    expect(requestId).toBe('router-1');
    expect(harness.logger.entries.at(-1)?.fields).toMatchObject({ requestId: 'router-1', operationName: 'Feed' });
  });

  it('adds nothing for a client that does not ask', async () => {
    const { body } = await post({});

    expect(body).not.toHaveProperty('extensions.ftv1');
  });
});
