import { CHATWOOT_APP_ID, EVOLUTION_APP_ID } from '../../../src/demo/woofed';
import { closeTestServers, FIXED_NOW, FIXED_NOW_LOCAL, startTestServer, type WoofedTestServer } from './woofed-client';

afterEach(closeTestServers);

const EVENT_KEYS = [
  'id',
  'deal_id',
  'contact_id',
  'app_type',
  'app_id',
  'kind',
  'scheduled_at',
  'done_at',
  'from_me',
  'status',
  'custom_attributes',
  'additional_attributes',
  'created_at',
  'updated_at',
  'title',
  'auto_done',
  'account_id',
  'done',
  'send_now',
  'files',
  'files_events',
  'invalid_files',
];

async function postEvent(server: WoofedTestServer, body: unknown, dealId = 1) {
  return server.call('POST', `/deals/${dealId}/events`, body);
}

function storedEvent(server: WoofedTestServer, id: unknown) {
  const event = server.sim.store.events.find((e) => e.id === id);
  if (!event) throw new Error(`event ${String(id)} not stored`);
  return event;
}

describe('WoofedCRM simulator: auth and routing', () => {
  it('answers 401 {"errors":"Unauthorized"} for a missing or wrong token on every route', async () => {
    const server = await startTestServer();
    const attempts = [
      await server.call('GET', '/deals/1', undefined, { authorization: '' }),
      await server.call('POST', '/deals/1/events', { kind: 'note' }, { authorization: 'Bearer nope' }),
      await server.call('GET', '/contacts/search', undefined, { authorization: `Bearer ${server.sim.token}x` }),
    ];
    for (const reply of attempts) {
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({ errors: 'Unauthorized' });
      expect(reply.contentType).toBe('application/json; charset=utf-8');
    }
    expect(server.sim.store.events.filter((e) => e.created_at === FIXED_NOW)).toHaveLength(0);
  });

  it('takes the last piece of Authorization, whatever the scheme, and ignores the account id', async () => {
    const server = await startTestServer({ token: 'tok-123' });
    expect((await server.call('GET', '/deals/1', undefined, { authorization: 'Token tok-123' })).status).toBe(200);
    expect((await server.call('GET', '/deals/1', undefined, { authorization: 'tok-123' })).status).toBe(200);
    expect(
      (await server.call('GET', '/api/v1/accounts/999/deals/1', undefined, { authorization: 'x y tok-123' })).status,
    ).toBe(200);
    expect(
      (await server.call('GET', '/api/v1/accounts/abc/deals/1', undefined, { authorization: 'Bearer tok-123' })).status,
    ).toBe(200);
  });

  it('404s an unknown deal with the exception handler body, reading ids like Ruby to_i', async () => {
    const server = await startTestServer();
    for (const id of ['9999', 'abc']) {
      const reply = await postEvent(server, { kind: 'note', content: 'x' }, id as unknown as number);
      expect(reply.status).toBe(404);
      expect(reply.body).toEqual({ error: 'Resource could not be found' });
    }
    const quirk = await postEvent(server, { kind: 'note', content: 'x' }, '12abc' as unknown as number);
    expect(quirk.status).toBe(201);
    expect(server.object(quirk)['deal_id']).toBe(12);
  });
});

describe('WoofedCRM simulator: POST /deals/:deal_id/events', () => {
  it('creates a note with the exact §3.5 shape, key order and server-zone instants (no content)', async () => {
    const server = await startTestServer();
    const nextId = Math.max(...server.sim.store.events.map((e) => e.id)) + 1;
    // status, from_me, contact_id and files are not permitted: silently dropped.
    const dropped = { status: 'read', from_me: false, contact_id: 5, files: [1] };
    const reply = await postEvent(server, { kind: 'note', content: 'Liguei para o cliente.', ...dropped });
    expect(reply.status).toBe(201);
    expect(reply.contentType).toBe('application/json; charset=utf-8');
    expect(Object.keys(server.object(reply))).toEqual(EVENT_KEYS);
    expect(reply.body).toEqual({
      id: nextId,
      deal_id: 1,
      contact_id: 1,
      app_type: null,
      app_id: null,
      kind: 'note',
      scheduled_at: null,
      done_at: null,
      from_me: true,
      status: null,
      custom_attributes: {},
      additional_attributes: {},
      created_at: FIXED_NOW_LOCAL,
      updated_at: FIXED_NOW_LOCAL,
      title: '',
      auto_done: false,
      account_id: 1,
      done: false,
      send_now: null,
      files: [],
      files_events: [],
      invalid_files: null,
    });
    const stored = storedEvent(server, nextId);
    expect(stored.content).toBe('Liguei para o cliente.');
    expect(stored.delivery).toEqual({ state: 'none' });
  });

  it('creates an activity: Z offsets converted, offset-less times are local, garbage is null, done stamps now', async () => {
    const server = await startTestServer();
    const zulu = server.object(
      await postEvent(server, { kind: 'activity', title: 'Call', scheduled_at: '2025-03-01T13:00:00Z' }),
    );
    expect(zulu).toMatchObject({
      scheduled_at: '2025-03-01T10:00:00.000-03:00',
      done: false,
      done_at: null,
      title: 'Call',
    });
    const local = server.object(
      await postEvent(server, { kind: 'activity', title: 'Visit', scheduled_at: '2025-03-20 14:30', done: true }),
    );
    expect(local).toMatchObject({
      scheduled_at: '2025-03-20T14:30:00.000-03:00',
      done: true,
      done_at: FIXED_NOW_LOCAL,
    });
    const garbage = server.object(
      await postEvent(server, { kind: 'activity', title: 'Later', scheduled_at: 'next tuesday', done_at: 'soon' }),
    );
    expect(garbage).toMatchObject({ scheduled_at: null, done_at: null, done: false });
  });

  it('send_now on a Chatwoot message: response stamped now, job enqueued, delivered by runDueJobs', async () => {
    const server = await startTestServer();
    const reply = await postEvent(server, {
      title: 'Chatwoot Message',
      content: 'Tudo certo?',
      kind: 'chatwoot_message',
      send_now: true,
      app_type: 'Apps::Chatwoot',
      app_id: CHATWOOT_APP_ID,
      additional_attributes: { chatwoot_inbox_id: '62483' },
    });
    expect(reply.status).toBe(201);
    const body = server.object(reply);
    expect(body).toMatchObject({
      scheduled_at: FIXED_NOW_LOCAL,
      auto_done: false,
      done: false,
      done_at: null,
      send_now: null,
      app_type: 'Apps::Chatwoot',
      app_id: 1,
      additional_attributes: { chatwoot_inbox_id: '62483' },
    });
    const event = storedEvent(server, body['id']);
    expect(event.delivery).toEqual({ state: 'enqueued', runAt: FIXED_NOW });
    server.sim.runDueJobs();
    expect(event.delivery.state).toBe('delivered');
    expect(event.done_at).toEqual(FIXED_NOW);
    expect(event.additional_attributes).toEqual({
      chatwoot_inbox_id: '62483',
      chatwoot_id: expect.any(Number),
      chatwoot_conversation_id: expect.any(Number),
    });
  });

  it('send_now on a WhatsApp message gets an Evolution message id; on a note it just marks it done', async () => {
    const server = await startTestServer();
    const whatsapp = server.object(
      await postEvent(server, {
        kind: 'evolution_api_message',
        content: 'Hi',
        send_now: 'true',
        app_type: 'Apps::EvolutionApi',
        app_id: EVOLUTION_APP_ID,
      }),
    );
    server.sim.runDueJobs();
    const event = storedEvent(server, whatsapp['id']);
    expect(event.delivery.state).toBe('delivered');
    expect(event.additional_attributes['message_id']).toMatch(/^3EB0[0-9A-F]{16}$/);
    const note = server.object(await postEvent(server, { kind: 'note', content: 'x', send_now: true }));
    expect(note).toMatchObject({ done: true, done_at: FIXED_NOW_LOCAL, send_now: null, scheduled_at: null });
    const echoed = server.object(await postEvent(server, { kind: 'note', content: 'x', send_now: false }));
    expect(echoed['send_now']).toBe(false);
  });

  it('a scheduled message is delivered only with auto_done true, and only once it is due', async () => {
    const server = await startTestServer();
    const common = {
      kind: 'evolution_api_message',
      content: 'Oi',
      app_type: 'Apps::EvolutionApi',
      app_id: 2,
      scheduled_at: '2025-03-11T09:00:00-03:00',
    };
    const auto = server.object(await postEvent(server, { ...common, auto_done: true }));
    const manual = server.object(await postEvent(server, { ...common, auto_done: false }));
    expect(auto).toMatchObject({ auto_done: true, scheduled_at: '2025-03-11T09:00:00.000-03:00', done: false });
    expect(manual).toMatchObject({ auto_done: false, scheduled_at: '2025-03-11T09:00:00.000-03:00', done: false });
    const autoEvent = storedEvent(server, auto['id']);
    const manualEvent = storedEvent(server, manual['id']);
    expect(autoEvent.delivery).toEqual({ state: 'scheduled', runAt: new Date('2025-03-11T12:00:00Z') });
    expect(manualEvent.delivery.state).toBe('never');

    server.sim.runDueJobs(new Date('2025-03-11T11:59:59Z'));
    expect(autoEvent.delivery.state).toBe('scheduled');
    server.clock.now = new Date('2025-03-11T12:00:01Z');
    server.sim.runDueJobs();
    expect(autoEvent.delivery.state).toBe('delivered');
    expect(autoEvent.done_at).toEqual(new Date('2025-03-11T12:00:01Z'));
    expect(manualEvent.delivery.state).toBe('never');
    expect(manualEvent.done_at).toBeNull();
  });

  it('accepts messages the jobs cannot deliver (201), and records why they never will be', async () => {
    const server = await startTestServer();
    const cases = [
      [{ kind: 'chatwoot_message', send_now: true }, /no app/],
      [{ kind: 'chatwoot_message', send_now: true, app_type: 'Apps::Chatwoot', app_id: 1 }, /content is blank/],
      [
        { kind: 'chatwoot_message', send_now: true, content: 'x', app_type: 'Apps::Chatwoot', app_id: 1 },
        /chatwoot_inbox_id is missing/,
      ],
      [
        { kind: 'chatwoot_message', send_now: true, content: 'x', app_type: 'Apps::EvolutionApi', app_id: 2 },
        /needs app_type "Apps::Chatwoot"/,
      ],
      [
        { kind: 'evolution_api_message', send_now: true, content: 'x', app_type: 'Apps::EvolutionApi', app_id: 1 },
        /no Apps::EvolutionApi with id 1/,
      ],
    ] as const;
    const ids: unknown[] = [];
    for (const [body] of cases) {
      const reply = await postEvent(server, body);
      expect(reply.status).toBe(201);
      ids.push(server.object(reply)['id']);
    }
    server.sim.runDueJobs();
    cases.forEach(([, reason], index) => {
      const event = storedEvent(server, ids[index]);
      expect(event.delivery.state).toBe('never');
      expect(event.delivery.reason).toMatch(reason);
      expect(event.done_at).toBeNull();
    });
  });

  it('unknown kind and title null are 500s (JSON only when Accept asks for it); blank kind is 422', async () => {
    const server = await startTestServer();
    const before = server.sim.store.events.length;
    const unknown = await postEvent(server, { kind: 'email', content: 'x' });
    expect(unknown.status).toBe(500);
    expect(unknown.body).toEqual({ status: 500, error: 'Internal Server Error' });
    const html = await server.call('POST', '/deals/1/events', { kind: 'Note' }, { accept: 'text/html' });
    expect(html.status).toBe(500);
    expect(html.contentType).toBe('text/html; charset=utf-8');
    expect((await postEvent(server, { kind: 'note', title: null })).status).toBe(500);
    for (const kind of [null, '', '  ']) {
      const blank = await postEvent(server, { kind, content: '' });
      expect(blank.status).toBe(422);
      expect(blank.body).toEqual({ errors: ["Type can't be blank"] });
    }
    expect(server.sim.store.events.length).toBe(before);
  });

  it('reads only JSON bodies sent as JSON; malformed JSON is a 400', async () => {
    const server = await startTestServer();
    const plain = await server.call('POST', '/deals/1/events', JSON.stringify({ kind: 'note' }), {
      'content-type': 'text/plain',
    });
    expect(plain.status).toBe(422);
    const broken = await server.call('POST', '/deals/1/events', '{"kind":', {});
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({ status: 400, error: 'Bad Request' });
    const form = await server.call('POST', '/deals/1/events', 'kind=activity&auto_done=1&additional_attributes[x]=y', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(server.object(form)).toMatchObject({ kind: 'activity', auto_done: true, additional_attributes: { x: 'y' } });
  });
});
