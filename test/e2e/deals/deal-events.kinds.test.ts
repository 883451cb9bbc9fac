import { CHATWOOT_APP_ID, EVOLUTION_APP_ID } from '../../../src/demo/woofed';
import {
  EVENT_FIELDS,
  eventsPath,
  HOUR_MS,
  nextEventId,
  NOW,
  NOW_ISO,
  startDealHarness,
  storedEvent,
  woofedCalls,
  writtenEvent,
  type DealHarness,
} from './deal-harness';

let h: DealHarness;
beforeEach(async () => {
  h = await startDealHarness();
});
afterEach(() => h.close());

const IN_ONE_HOUR = new Date(NOW.getTime() + HOUR_MS);

const NOTE = `mutation($dealId: ID!, $input: DealNoteInput!) { createDealNote(dealId: $dealId, input: $input) { ...F } } ${EVENT_FIELDS}`;
const ACTIVITY = `mutation($dealId: ID!, $input: DealActivityInput!) { createDealActivity(dealId: $dealId, input: $input) { ...F } } ${EVENT_FIELDS}`;
const CHATWOOT = `mutation($dealId: ID!, $input: ChatwootMessageInput!) { sendChatwootMessage(dealId: $dealId, input: $input) { ...F } } ${EVENT_FIELDS}`;
const WHATSAPP = `mutation($dealId: ID!, $input: WhatsappMessageInput!) { sendWhatsappMessage(dealId: $dealId, input: $input) { ...F } } ${EVENT_FIELDS}`;

describe('createDealNote and createDealActivity: one POST each, stored as sent', () => {
  it('a note: kind and content only, title omitted (never null)', async () => {
    const id = nextEventId(h);
    const result = await h.query(NOTE, { dealId: '1', input: { content: 'Liguei para o cliente.', title: null } });
    expect(result).toEqual({
      data: { createDealNote: writtenEvent(id, { kind: 'NOTE', rawKind: 'note', content: 'Liguei para o cliente.' }) },
    });
    expect(woofedCalls(h)).toEqual([
      { method: 'POST', path: eventsPath(1), body: { kind: 'note', content: 'Liguei para o cliente.' } },
    ]);
    expect(storedEvent(h, id)).toMatchObject({
      kind: 'note',
      title: '',
      content: 'Liguei para o cliente.',
      deal_id: 1,
      delivery: { state: 'none' },
    });
  });

  it('a note with a title', async () => {
    const id = nextEventId(h);
    const result = await h.query(NOTE, { dealId: '21', input: { content: 'Proposta enviada.', title: 'Ligação' } });
    expect(result).toEqual({
      data: {
        createDealNote: writtenEvent(id, {
          dealId: '21',
          kind: 'NOTE',
          rawKind: 'note',
          title: 'Ligação',
          content: 'Proposta enviada.',
        }),
      },
    });
    expect(woofedCalls(h)).toEqual([
      { method: 'POST', path: eventsPath(21), body: { kind: 'note', title: 'Ligação', content: 'Proposta enviada.' } },
    ]);
  });

  it('an activity: scheduled_at normalised to UTC, the answer in UTC although WoofedCRM answers in -03:00', async () => {
    const id = nextEventId(h);
    const input = {
      title: 'Ligar de volta',
      content: 'Confirmar a proposta',
      scheduledAt: '2025-03-11T10:00:00-03:00',
    };
    const result = await h.query(ACTIVITY, { dealId: '1', input });
    expect(result).toEqual({
      data: {
        createDealActivity: writtenEvent(id, {
          kind: 'ACTIVITY',
          rawKind: 'activity',
          title: 'Ligar de volta',
          content: 'Confirmar a proposta',
          scheduledAt: '2025-03-11T13:00:00.000Z',
        }),
      },
    });
    expect(woofedCalls(h)).toEqual([
      {
        method: 'POST',
        path: eventsPath(1),
        body: {
          kind: 'activity',
          title: 'Ligar de volta',
          content: 'Confirmar a proposta',
          scheduled_at: '2025-03-11T13:00:00.000Z',
        },
      },
    ]);
    expect(storedEvent(h, id)).toMatchObject({
      kind: 'activity',
      scheduled_at: new Date('2025-03-11T13:00:00Z'),
      done_at: null,
    });
  });

  it('a done activity may be in the past (logging what happened); done stamps done_at', async () => {
    const id = nextEventId(h);
    const result = await h.query(ACTIVITY, {
      dealId: '1',
      input: { title: 'Reunião', scheduledAt: '2025-03-09T14:00:00Z', done: true },
    });
    expect(result).toEqual({
      data: {
        createDealActivity: writtenEvent(id, {
          kind: 'ACTIVITY',
          rawKind: 'activity',
          title: 'Reunião',
          scheduledAt: '2025-03-09T14:00:00.000Z',
          done: true,
          doneAt: NOW_ISO,
        }),
      },
    });
    expect(woofedCalls(h)).toEqual([
      {
        method: 'POST',
        path: eventsPath(1),
        body: { kind: 'activity', title: 'Reunião', scheduled_at: '2025-03-09T14:00:00.000Z', done: true },
      },
    ]);
  });
});

describe('sendChatwootMessage: delivered now or at scheduledAt', () => {
  it('now: send_now, app and inbox; the job delivers it on its next run', async () => {
    const id = nextEventId(h);
    const input = { appId: String(CHATWOOT_APP_ID), inboxId: '62483', content: 'Tudo certo?' };
    const result = await h.query(CHATWOOT, { dealId: '3', input });
    expect(result).toEqual({
      data: {
        sendChatwootMessage: writtenEvent(id, {
          dealId: '3',
          contactId: '3',
          kind: 'CHATWOOT_MESSAGE',
          rawKind: 'chatwoot_message',
          title: 'Chatwoot Message',
          content: 'Tudo certo?',
          scheduledAt: NOW_ISO,
          app: { id: '1', type: 'Apps::Chatwoot' },
          additionalAttributes: { chatwoot_inbox_id: '62483' },
        }),
      },
    });
    expect(woofedCalls(h)).toEqual([
      {
        method: 'POST',
        path: eventsPath(3),
        body: {
          kind: 'chatwoot_message',
          title: 'Chatwoot Message',
          content: 'Tudo certo?',
          send_now: true,
          app_type: 'Apps::Chatwoot',
          app_id: 1,
          additional_attributes: { chatwoot_inbox_id: '62483' },
        },
      },
    ]);
    expect(storedEvent(h, id)).toMatchObject({
      content: 'Tudo certo?',
      auto_done: false,
      delivery: { state: 'enqueued', runAt: NOW },
    });
    h.woofed.runDueJobs(NOW);
    expect(storedEvent(h, id)).toMatchObject({ done_at: NOW, delivery: { state: 'delivered' } });
    expect(storedEvent(h, id).additional_attributes).toEqual({
      chatwoot_inbox_id: '62483',
      chatwoot_id: expect.any(Number),
      chatwoot_conversation_id: expect.any(Number),
    });
  });

  it('scheduled: scheduled_at in UTC with auto_done, delivered only once it is due', async () => {
    const id = nextEventId(h);
    const input = {
      appId: '1',
      inboxId: '62484',
      content: 'Podemos conversar amanhã?',
      title: 'Lembrete',
      scheduledAt: '2025-03-10T13:00:00.123-03:00',
    };
    const result = await h.query(CHATWOOT, { dealId: '1', input });
    expect(result).toEqual({
      data: {
        sendChatwootMessage: writtenEvent(id, {
          kind: 'CHATWOOT_MESSAGE',
          rawKind: 'chatwoot_message',
          title: 'Lembrete',
          content: 'Podemos conversar amanhã?',
          scheduledAt: IN_ONE_HOUR.toISOString(),
          autoDone: true,
          app: { id: '1', type: 'Apps::Chatwoot' },
          additionalAttributes: { chatwoot_inbox_id: '62484' },
        }),
      },
    });
    expect(woofedCalls(h)).toEqual([
      {
        method: 'POST',
        path: eventsPath(1),
        body: {
          kind: 'chatwoot_message',
          title: 'Lembrete',
          content: 'Podemos conversar amanhã?',
          scheduled_at: IN_ONE_HOUR.toISOString(),
          auto_done: true,
          app_type: 'Apps::Chatwoot',
          app_id: 1,
          additional_attributes: { chatwoot_inbox_id: '62484' },
        },
      },
    ]);
    expect(storedEvent(h, id).delivery).toEqual({ state: 'scheduled', runAt: IN_ONE_HOUR });
    h.woofed.runDueJobs(NOW);
    expect(storedEvent(h, id).delivery).toEqual({ state: 'scheduled', runAt: IN_ONE_HOUR });
    h.woofed.runDueJobs(IN_ONE_HOUR);
    expect(storedEvent(h, id)).toMatchObject({ done_at: IN_ONE_HOUR, delivery: { state: 'delivered' } });
  });
});

describe('sendWhatsappMessage: delivered now or at scheduledAt', () => {
  it('now: send_now and the Evolution API app; delivered on the next job run', async () => {
    const id = nextEventId(h);
    const result = await h.query(WHATSAPP, {
      dealId: '1',
      input: { appId: String(EVOLUTION_APP_ID), content: 'Oi! Tudo bem?' },
    });
    expect(result).toEqual({
      data: {
        sendWhatsappMessage: writtenEvent(id, {
          kind: 'EVOLUTION_API_MESSAGE',
          rawKind: 'evolution_api_message',
          title: 'Whatsapp Message',
          content: 'Oi! Tudo bem?',
          scheduledAt: NOW_ISO,
          app: { id: '2', type: 'Apps::EvolutionApi' },
        }),
      },
    });
    expect(woofedCalls(h)).toEqual([
      {
        method: 'POST',
        path: eventsPath(1),
        body: {
          kind: 'evolution_api_message',
          title: 'Whatsapp Message',
          content: 'Oi! Tudo bem?',
          send_now: true,
          app_type: 'Apps::EvolutionApi',
          app_id: 2,
        },
      },
    ]);
    h.woofed.runDueJobs(NOW);
    expect(storedEvent(h, id)).toMatchObject({
      content: 'Oi! Tudo bem?',
      done_at: NOW,
      delivery: { state: 'delivered' },
    });
    expect(storedEvent(h, id).additional_attributes).toEqual({ message_id: expect.stringMatching(/^3EB0/) });
  });

  it('scheduled: auto_done with scheduled_at; not delivered before it is due', async () => {
    const id = nextEventId(h);
    const result = await h.query(WHATSAPP, {
      dealId: '1',
      input: { appId: '2', content: 'Seguimos amanhã?', scheduledAt: IN_ONE_HOUR.toISOString() },
    });
    expect(result).toEqual({
      data: {
        sendWhatsappMessage: writtenEvent(id, {
          kind: 'EVOLUTION_API_MESSAGE',
          rawKind: 'evolution_api_message',
          title: 'Whatsapp Message',
          content: 'Seguimos amanhã?',
          scheduledAt: IN_ONE_HOUR.toISOString(),
          autoDone: true,
          app: { id: '2', type: 'Apps::EvolutionApi' },
        }),
      },
    });
    expect(woofedCalls(h)).toEqual([
      {
        method: 'POST',
        path: eventsPath(1),
        body: {
          kind: 'evolution_api_message',
          title: 'Whatsapp Message',
          content: 'Seguimos amanhã?',
          scheduled_at: IN_ONE_HOUR.toISOString(),
          auto_done: true,
          app_type: 'Apps::EvolutionApi',
          app_id: 2,
        },
      },
    ]);
    h.woofed.runDueJobs(new Date(IN_ONE_HOUR.getTime() - 1));
    expect(storedEvent(h, id).delivery).toEqual({ state: 'scheduled', runAt: IN_ONE_HOUR });
    h.woofed.runDueJobs(IN_ONE_HOUR);
    expect(storedEvent(h, id)).toMatchObject({ done_at: IN_ONE_HOUR, delivery: { state: 'delivered' } });
  });
});
