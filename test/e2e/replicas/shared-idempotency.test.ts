import { startReplicas, type Replicas } from './replicas-harness';

let replicas: Replicas;
afterEach(() => replicas.close());

const WHATSAPP = `mutation($dealId: ID!, $input: WhatsappMessageInput!) {
  sendWhatsappMessage(dealId: $dealId, input: $input) { id kind content createdAt }
}`;
const INPUT = { appId: '2', content: 'Olá! Seu pedido saiu para entrega.', idempotencyKey: 'order-77-shipped' };
const EVENTS_PATH = '/api/v1/accounts/1/deals/1/events';

describe('one idempotency key across replicas and restarts', () => {
  it('20 sends across two replicas (half at once) and one after a restart → one POST, one stored event', async () => {
    // Upstream latency keeps the first send in flight while the concurrent repeats arrive.
    replicas = await startReplicas({ woofed: { latencyMs: 100 } });
    const [a, b] = [await replicas.startReplica(), await replicas.startReplica()];
    const send = (i: number) => (i % 2 === 0 ? a : b).query(WHATSAPP, { dealId: '1', input: INPUT });
    const concurrent = await Promise.all(Array.from({ length: 10 }, (_, i) => send(i)));
    const sequential = [];
    for (let i = 0; i < 10; i += 1) sequential.push(await send(i));
    // A restart: both replicas stop, a new one starts on the same Redis.
    await a.stop();
    await b.stop();
    const restarted = await replicas.startReplica();
    const afterRestart = await restarted.query(WHATSAPP, { dealId: '1', input: INPUT });

    const stored = replicas.woofed.store.events.filter((event) => event.content === INPUT.content);
    expect(stored).toHaveLength(1);
    expect(replicas.woofed.count(EVENTS_PATH, 'POST')).toBe(1);
    const first = concurrent[0];
    expect(first?.errors).toBeUndefined();
    expect(first?.data?.['sendWhatsappMessage']).toMatchObject({ id: String(stored[0]?.id), content: INPUT.content });
    for (const answer of [...concurrent, ...sequential, afterRestart]) expect(answer).toEqual(first);
    // Every answer but the first was a replay, wherever it was served.
    expect([a, b, restarted].map((replica) => replica.events.counts['replay'] ?? 0).reduce((x, y) => x + y)).toBe(20);
    expect([a, b, restarted].map((replica) => replica.upstreamCalls()).reduce((x, y) => x + y)).toBe(1);
  });

  it('the same key with another request on another replica is refused, and nothing more is sent', async () => {
    replicas = await startReplicas();
    const [a, b] = [await replicas.startReplica(), await replicas.startReplica()];
    expect((await a.query(WHATSAPP, { dealId: '1', input: INPUT })).errors).toBeUndefined();
    const other = await b.query(WHATSAPP, { dealId: '1', input: { ...INPUT, content: 'Outra mensagem' } });
    expect(other.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
      problems: [
        {
          field: 'input.idempotencyKey',
          message: 'Invalid input.idempotencyKey: this idempotencyKey was already used for a different request.',
        },
      ],
    });
    expect(replicas.woofed.count(EVENTS_PATH, 'POST')).toBe(1);
  });
});
