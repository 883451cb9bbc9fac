import { DealTimelineDocument, TimelineDocument } from '../../../examples/__generated__/graphql';
import { loadManifest, sha256Hex } from '../../../src/edge/persisted-operations';
import { type EdgeHarness, type RawResponse, startEdgeHarness } from './edge-harness';

/** The hash the client preset puts in each typed document (`sha256:<hex>`), as a typed client sends it. */
function documentId(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (hash === undefined) throw new Error('the client preset did not embed a hash');
  return hash;
}

const TIMELINE_ID = documentId(TimelineDocument);
const TIMELINE_HASH = TIMELINE_ID.replace('sha256:', '');
const TIMELINE_TEXT = loadManifest('schema/persisted-operations.json').get(TIMELINE_HASH) ?? '';
const apq = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
const OTHER_QUERY = '{ users { id name } }';
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

function expectServed(response: RawResponse): void {
  expect([response.status, response.body.errors]).toEqual([200, undefined]);
  expect(response.body.data).toEqual({ events: { nodes: expect.any(Array), pageInfo: expect.any(Object) } });
}

function expectNotFound(response: RawResponse, h: EdgeHarness): void {
  expect(response.status).toBe(400);
  expect(response.body.errors).toEqual([
    { message: expect.any(String), extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
  ]);
  expect(h.upstreamCalls()).toBe(0);
}

describe('PERSISTED_OPERATIONS=only', () => {
  let h: EdgeHarness;
  beforeAll(async () => {
    h = await startEdgeHarness({ PERSISTED_OPERATIONS: 'only' });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.sim.resetRequests();
    h.woofed.resetRequests();
  });

  it('runs a manifest operation by APQ hash or documentId, over POST and GET', async () => {
    expect(TIMELINE_TEXT).toContain('query Timeline(');
    expectServed(await h.send({ body: { extensions: apq(TIMELINE_HASH), variables: { first: 3 } } }));
    expectServed(await h.send({ body: { documentId: TIMELINE_ID, variables: { first: 3 } } }));
    const variables = encodeURIComponent(JSON.stringify({ first: 3 }));
    expectServed(
      await h.send({ method: 'GET', headers: PREFLIGHT, search: `?documentId=${TIMELINE_ID}&variables=${variables}` }),
    );
    const extensions = encodeURIComponent(JSON.stringify(apq(TIMELINE_HASH)));
    expectServed(await h.send({ method: 'GET', headers: PREFLIGHT, search: `?extensions=${extensions}` }));
    expect(h.calls('/api/v4/events')).toBe(4);
  });

  it('runs a manifest operation sent as its exact text', async () => {
    expectServed(await h.send({ body: { query: TIMELINE_TEXT, variables: { first: 3 } } }));
  });

  it('refuses any other document, and an unknown hash, before anything runs', async () => {
    expectNotFound(await h.send({ body: { query: OTHER_QUERY } }), h);
    expectNotFound(await h.send({ body: { documentId: `sha256:${sha256Hex(OTHER_QUERY)}` } }), h);
    expectNotFound(await h.send({ body: { extensions: apq(sha256Hex(OTHER_QUERY)) } }), h);
    expectNotFound(
      await h.send({ method: 'GET', headers: PREFLIGHT, search: `?query=${encodeURIComponent(OTHER_QUERY)}` }),
      h,
    );
  });

  it('cannot be side-stepped by registering an automatic persisted query', async () => {
    const hash = sha256Hex(OTHER_QUERY);
    expectNotFound(await h.send({ body: { query: OTHER_QUERY, extensions: apq(hash) } }), h);
    expectNotFound(await h.send({ body: { extensions: apq(hash) } }), h);
  });

  it('refuses a manifest hash sent with another text', async () => {
    const response = await h.send({ body: { query: OTHER_QUERY, extensions: apq(TIMELINE_HASH) } });
    expect([response.status, response.body.errors?.[0]?.extensions?.['code'], h.upstreamCalls()]).toEqual([
      400,
      'BAD_USER_INPUT',
      0,
    ]);
  });
});

describe('PERSISTED_OPERATIONS=allow', () => {
  it('serves the manifest by hash, plain text, and Apollo’s automatic persisted queries for the rest', async () => {
    const h = await startEdgeHarness({ PERSISTED_OPERATIONS: 'allow' });
    try {
      expectServed(await h.send({ body: { documentId: TIMELINE_ID, variables: { first: 2 } } }));
      expect((await h.send({ body: { query: OTHER_QUERY } })).body.errors).toBeUndefined();
      // Apollo's APQ: an unknown hash first (200, so that the client sends the text), then registered.
      const hash = sha256Hex(OTHER_QUERY);
      const miss = await h.send({ body: { extensions: apq(hash) } });
      expect([miss.status, miss.body.errors?.[0]?.extensions?.['code']]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
      expect((await h.send({ body: { query: OTHER_QUERY, extensions: apq(hash) } })).body.errors).toBeUndefined();
      expect((await h.send({ body: { extensions: apq(hash) } })).body.data).toEqual({ users: expect.any(Array) });
      h.sim.resetRequests();
      expectNotFound(await h.send({ body: { documentId: `sha256:${'0'.repeat(64)}` } }), h);
    } finally {
      await h.close();
    }
  });
});

describe('PERSISTED_OPERATIONS=off (the default)', () => {
  it('leaves Apollo’s automatic persisted queries as they are and does not read the manifest', async () => {
    const h = await startEdgeHarness({
      PERSISTED_OPERATIONS: 'off',
      PERSISTED_OPERATIONS_MANIFEST: 'no/such/file.json',
    });
    try {
      const hash = sha256Hex(OTHER_QUERY);
      expect((await h.send({ body: { extensions: apq(hash) } })).body.errors?.[0]?.extensions?.['code']).toBe(
        'PERSISTED_QUERY_NOT_FOUND',
      );
      expect((await h.send({ body: { query: OTHER_QUERY, extensions: apq(hash) } })).body.errors).toBeUndefined();
      const manifestHash = documentId(DealTimelineDocument).replace('sha256:', '');
      const unknown = await h.send({ body: { extensions: apq(manifestHash), variables: { id: '1' } } });
      expect(unknown.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
    } finally {
      await h.close();
    }
  });
});
