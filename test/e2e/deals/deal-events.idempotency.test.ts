import { DAY_MS } from '../../../src/idempotency';
import { eventsPath, HOUR_MS, NOW, startDealHarness, type DealHarness } from './deal-harness';

let h: DealHarness;
beforeEach(async () => {
  h = await startDealHarness();
});
afterEach(() => h.close());

const CHATWOOT = `mutation($dealId: ID!, $input: ChatwootMessageInput!) {
  sendChatwootMessage(dealId: $dealId, input: $input) { id kind content scheduledAt autoDone createdAt }
}`;
const WHATSAPP = `mutation($dealId: ID!, $input: WhatsappMessageInput!) {
  sendWhatsappMessage(dealId: $dealId, input: $input) { id kind content scheduledAt autoDone createdAt }
}`;
const MESSAGE = {
  appId: '1',
  inboxId: '62483',
  content: 'Proposta enviada, tudo certo?',
  idempotencyKey: 'order-42-followup',
};

const posts = (dealId = 1): number => h.woofed.count(eventsPath(dealId), 'POST');
const storedWith = (content: string): number =>
  h.woofed.store.events.filter((event) => event.content === content).length;

const KEY_CONFLICT = 'Invalid input.idempotencyKey: this idempotencyKey was already used for a different request.';

function keyConflict(mutation: string) {
  return {
    data: null,
    errors: [
      {
        message: KEY_CONFLICT,
        locations: [{ line: 2, column: 3 }],
        path: [mutation],
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'input.idempotencyKey',
          problems: [{ field: 'input.idempotencyKey', message: KEY_CONFLICT }],
        },
      },
    ],
  };
}

describe('idempotencyKey: a message is sent once however often it is retried', () => {
  it('100 retries (50 concurrent, then 50 sequential) → one POST, one stored event, 100 identical answers', async () => {
    await h.close();
    // Upstream latency keeps the first send in flight while the concurrent repeats arrive.
    h = await startDealHarness({ woofed: { latencyMs: 50 } });
    const send = () => h.query(CHATWOOT, { dealId: '1', input: MESSAGE });
    const concurrent = await Promise.all(Array.from({ length: 50 }, send));
    const sequential = [];
    for (let i = 0; i < 50; i += 1) sequential.push(await send());
    const first = concurrent[0];
    expect(first?.errors).toBeUndefined();
    expect(first?.data).toEqual({
      sendChatwootMessage: {
        id: expect.any(String),
        kind: 'CHATWOOT_MESSAGE',
        content: MESSAGE.content,
        scheduledAt: NOW.toISOString(),
        autoDone: false,
        createdAt: NOW.toISOString(),
      },
    });
    for (const result of [...concurrent, ...sequential]) expect(result).toEqual(first);
    expect(posts()).toBe(1);
    expect(storedWith(MESSAGE.content)).toBe(1);
  });

  it('the same instant in another offset is the same request (replayed, not a conflict)', async () => {
    const at = new Date(NOW.getTime() + HOUR_MS);
    const first = await h.query(WHATSAPP, {
      dealId: '1',
      input: { appId: '2', content: 'Oi', scheduledAt: at.toISOString(), idempotencyKey: 'k1' },
    });
    const again = await h.query(WHATSAPP, {
      dealId: '1',
      input: { appId: '2', content: 'Oi', scheduledAt: '2025-03-10T13:00:00.123-03:00', idempotencyKey: 'k1' },
    });
    expect(again).toEqual(first);
    expect(posts()).toBe(1);
  });

  it('a replay is served even after its scheduledAt has passed (the past rule applies to new sends only)', async () => {
    const input = {
      appId: '2',
      content: 'Oi',
      scheduledAt: new Date(NOW.getTime() + HOUR_MS).toISOString(),
      idempotencyKey: 'k2',
    };
    const first = await h.query(WHATSAPP, { dealId: '1', input });
    h.clock.now = new Date(NOW.getTime() + 2 * HOUR_MS);
    expect(await h.query(WHATSAPP, { dealId: '1', input })).toEqual(first);
    expect(posts()).toBe(1);
  });

  it('the same key with another content, deal or mutation → BAD_USER_INPUT, nothing sent', async () => {
    await h.query(CHATWOOT, { dealId: '1', input: MESSAGE });
    expect(await h.query(CHATWOOT, { dealId: '1', input: { ...MESSAGE, content: 'Outra mensagem' } })).toEqual(
      keyConflict('sendChatwootMessage'),
    );
    expect(await h.query(CHATWOOT, { dealId: '2', input: MESSAGE })).toEqual(keyConflict('sendChatwootMessage'));
    expect(await h.query(CHATWOOT, { dealId: '1', input: { ...MESSAGE, inboxId: '62484' } })).toEqual(
      keyConflict('sendChatwootMessage'),
    );
    const { inboxId: _inboxId, ...whatsapp } = MESSAGE;
    expect(await h.query(WHATSAPP, { dealId: '1', input: { ...whatsapp, appId: '2' } })).toEqual(
      keyConflict('sendWhatsappMessage'),
    );
    expect(posts(1) + posts(2)).toBe(1);
  });

  it('a different request under the key while the first is still in flight → BAD_USER_INPUT', async () => {
    await h.close();
    h = await startDealHarness({ woofed: { latencyMs: 100 } });
    const [first, second] = await Promise.all([
      h.query(CHATWOOT, { dealId: '1', input: MESSAGE }),
      h.query(CHATWOOT, { dealId: '1', input: { ...MESSAGE, content: 'Outra' } }),
    ]);
    expect(first.errors).toBeUndefined();
    expect(second).toEqual(keyConflict('sendChatwootMessage'));
    expect(posts()).toBe(1);
  });

  it('a first attempt that certainly failed (422) is not remembered: the retry sends (and succeeds)', async () => {
    h.woofed.injectFault({
      method: 'POST',
      pathPrefix: eventsPath(1),
      status: 422,
      json: { errors: ['Contact must exist'] },
    });
    const failed = await h.query(CHATWOOT, { dealId: '1', input: MESSAGE });
    expect(failed.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      upstream: 'woofed',
      status: 422,
      problems: [{ detail: 'Contact must exist' }],
    });
    const retried = await h.query(CHATWOOT, { dealId: '1', input: MESSAGE });
    expect(retried.errors).toBeUndefined();
    expect(posts()).toBe(2);
    expect(storedWith(MESSAGE.content)).toBe(1);
  });

  it('a 5xx may come after the event was stored: the key is kept and a repeat does not POST again', async () => {
    h.woofed.injectFault({
      method: 'POST',
      pathPrefix: eventsPath(1),
      status: 502,
      raw: '<html>Bad Gateway</html>',
      contentType: 'text/html',
    });
    const first = await h.query(CHATWOOT, { dealId: '1', input: MESSAGE });
    const repeat = await h.query(CHATWOOT, { dealId: '1', input: MESSAGE });
    for (const result of [first, repeat]) {
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'UPSTREAM_UNAVAILABLE',
        upstream: 'woofed',
        status: 502,
        outcomeUnknown: true,
      });
    }
    expect(posts()).toBe(1);
  });

  it('a first attempt that got no answer keeps the key: repeats report the unknown outcome and never POST again', async () => {
    await h.close();
    h = await startDealHarness({ timeoutMs: 100 });
    h.woofed.injectFault({ method: 'POST', pathPrefix: eventsPath(1), status: 201, delayMs: 400, json: {} });
    const outcomeUnknown = {
      data: null,
      errors: [
        {
          message:
            'WoofedCRM timed out after 100 ms: the first attempt with this idempotencyKey got no usable answer, so WoofedCRM may have stored the event. ' +
            'Check deal(id) { events } and send again with a new idempotencyKey only if it is missing.',
          locations: [{ line: 2, column: 3 }],
          path: ['sendChatwootMessage'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'woofed', status: null, outcomeUnknown: true },
        },
      ],
    };
    expect(await h.query(CHATWOOT, { dealId: '1', input: MESSAGE })).toEqual(outcomeUnknown);
    expect(await h.query(CHATWOOT, { dealId: '1', input: MESSAGE })).toEqual(outcomeUnknown);
    expect(posts()).toBe(1);
  });

  it('keys live 24 hours: replayed just before, forgotten after', async () => {
    const first = await h.query(CHATWOOT, { dealId: '1', input: MESSAGE });
    h.clock.now = new Date(NOW.getTime() + DAY_MS - 1);
    expect(await h.query(CHATWOOT, { dealId: '1', input: MESSAGE })).toEqual(first);
    expect(posts()).toBe(1);
    h.clock.now = new Date(NOW.getTime() + DAY_MS);
    const later = await h.query(CHATWOOT, { dealId: '1', input: MESSAGE });
    expect(later.errors).toBeUndefined();
    expect(later).not.toEqual(first);
    expect(posts()).toBe(2);
  });

  it('without a key every call sends (no implicit deduplication)', async () => {
    const { idempotencyKey: _key, ...withoutKey } = MESSAGE;
    await h.query(CHATWOOT, { dealId: '1', input: withoutKey });
    await h.query(CHATWOOT, { dealId: '1', input: withoutKey });
    expect(posts()).toBe(2);
    expect(storedWith(MESSAGE.content)).toBe(2);
  });
});
