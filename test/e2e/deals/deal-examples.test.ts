import {
  DealTimelineDocument,
  LogCallNoteDocument,
  ScheduleWhatsappFollowUpDocument,
  SendChatwootMessageNowDocument,
} from '../../../examples/__generated__/operations';
import { CHATWOOT_APP_ID, EVOLUTION_APP_ID } from '../../../src/demo/woofed';
import { eventsPath, HOUR_MS, NOW, NOW_ISO, startDealHarness, storedEvent, type DealHarness } from './deal-harness';

let h: DealHarness;
beforeEach(async () => {
  h = await startDealHarness();
});
afterEach(() => h.close());

const TOMORROW_NINE = new Date(NOW.getTime() + 21 * HOUR_MS);

describe('the typed examples in examples/deal-events.graphql, against the simulator', () => {
  it('"log a call note": one note stored with its content', async () => {
    const result = await h.query(LogCallNoteDocument, { dealId: '6', content: 'Cliente pediu desconto de 5%.' });
    const event = result.data?.createDealNote;
    expect(result.errors).toBeUndefined();
    expect(event).toMatchObject({
      dealId: '6',
      kind: 'NOTE',
      title: 'Call',
      content: 'Cliente pediu desconto de 5%.',
      createdAt: NOW_ISO,
    });
    expect(storedEvent(h, event?.id ?? '')).toMatchObject({
      deal_id: 6,
      kind: 'note',
      title: 'Call',
      content: 'Cliente pediu desconto de 5%.',
    });
    expect(h.woofed.count(eventsPath(6), 'POST')).toBe(1);
  });

  it('"schedule a WhatsApp follow-up": scheduled with auto_done, delivered when due, retry-safe', async () => {
    const variables = {
      dealId: '1',
      appId: String(EVOLUTION_APP_ID),
      content: 'Bom dia! Conseguiu ver a proposta?',
      at: TOMORROW_NINE.toISOString(),
      idempotencyKey: 'deal-1-follow-up',
    };
    const result = await h.query(ScheduleWhatsappFollowUpDocument, variables);
    const event = result.data?.sendWhatsappMessage;
    const contact = h.woofed.store.contacts[0];
    expect(event).toMatchObject({
      kind: 'EVOLUTION_API_MESSAGE',
      scheduledAt: TOMORROW_NINE.toISOString(),
      autoDone: true,
      done: false,
      app: { id: '2', type: 'Apps::EvolutionApi' },
      deal: { id: '1', contact: { fullName: contact?.full_name, phone: contact?.phone } },
    });
    expect(await h.query(ScheduleWhatsappFollowUpDocument, variables)).toEqual(result);
    expect(h.woofed.count(eventsPath(1), 'POST')).toBe(1);
    const stored = storedEvent(h, event?.id ?? '');
    expect(stored).toMatchObject({
      kind: 'evolution_api_message',
      app_type: 'Apps::EvolutionApi',
      app_id: 2,
      scheduled_at: TOMORROW_NINE,
      auto_done: true,
      content: variables.content,
      delivery: { state: 'scheduled', runAt: TOMORROW_NINE },
    });
    h.woofed.runDueJobs(TOMORROW_NINE);
    expect(stored.delivery).toEqual({ state: 'delivered' });
  });

  it('"send a Chatwoot message now": send_now with app and inbox, delivered on the next job run', async () => {
    const variables = {
      dealId: '3',
      appId: String(CHATWOOT_APP_ID),
      inboxId: '62484',
      content: 'Olá! Recebeu nosso contrato?',
    };
    const result = await h.query(SendChatwootMessageNowDocument, variables);
    const event = result.data?.sendChatwootMessage;
    expect(event).toMatchObject({
      kind: 'CHATWOOT_MESSAGE',
      scheduledAt: NOW_ISO,
      autoDone: false,
      additionalAttributes: { chatwoot_inbox_id: '62484' },
    });
    const stored = storedEvent(h, event?.id ?? '');
    expect(stored).toMatchObject({
      kind: 'chatwoot_message',
      app_type: 'Apps::Chatwoot',
      app_id: 1,
      additional_attributes: { chatwoot_inbox_id: '62484' },
      content: variables.content,
      delivery: { state: 'enqueued', runAt: NOW },
    });
    h.woofed.runDueJobs(NOW);
    expect(stored).toMatchObject({ done_at: NOW, delivery: { state: 'delivered' } });
  });

  it('DealTimeline reads all three back, newest first', async () => {
    await h.query(LogCallNoteDocument, { dealId: '1', content: 'Ligação feita.' });
    await h.query(SendChatwootMessageNowDocument, { dealId: '1', appId: '1', inboxId: '62483', content: 'Oi!' });
    await h.query(ScheduleWhatsappFollowUpDocument, {
      dealId: '1',
      appId: '2',
      content: 'Amanhã?',
      at: TOMORROW_NINE.toISOString(),
    });
    const result = await h.query(DealTimelineDocument, { id: '1' });
    expect(result.data?.deal?.events?.slice(0, 3).map((e) => [e.kind, e.title])).toEqual([
      ['EVOLUTION_API_MESSAGE', 'Whatsapp Message'],
      ['CHATWOOT_MESSAGE', 'Chatwoot Message'],
      ['NOTE', 'Call'],
    ]);
  });
});
