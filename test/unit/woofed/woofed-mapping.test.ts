import { isCanonicalPositiveInteger, toWoofedId } from '../../../src/woofed/woofed-id';
import { activityBody, messageBody, noteBody } from '../../../src/woofed/woofed.event-bodies';
import { mapDealEvent } from '../../../src/woofed/woofed.event-mapper';

/** A send-now WhatsApp event exactly as the real server answers it (reference §3.5). */
const RAW = {
  id: 41,
  deal_id: 7,
  contact_id: 3,
  app_type: 'Apps::EvolutionApi',
  app_id: 2,
  kind: 'evolution_api_message',
  scheduled_at: '2025-03-01T10:00:00.000-03:00',
  done_at: null,
  from_me: true,
  status: null,
  custom_attributes: {},
  additional_attributes: {},
  created_at: '2025-02-20T09:12:03.517-03:00',
  updated_at: '2025-02-20T09:12:03.517-03:00',
  title: 'Whatsapp Message',
  auto_done: false,
  account_id: 1,
  done: false,
  send_now: null,
  files: [],
  files_events: [],
  invalid_files: null,
};

describe('mapDealEvent', () => {
  it('maps the real shape, instants to UTC, content from the caller', () => {
    expect({ ...mapDealEvent(RAW, 'Hi') }).toEqual({
      id: '41',
      dealId: '7',
      contactId: '3',
      kind: 'evolution_api_message',
      rawKind: 'evolution_api_message',
      title: 'Whatsapp Message',
      content: 'Hi',
      done: false,
      doneAt: null,
      scheduledAt: new Date('2025-03-01T13:00:00.000Z'),
      sendNow: null,
      autoDone: false,
      fromMe: true,
      status: null,
      app: { id: '2', type: 'Apps::EvolutionApi' },
      additionalAttributes: {},
      customAttributes: {},
      createdAt: new Date('2025-02-20T12:12:03.517Z'),
      updatedAt: new Date('2025-02-20T12:12:03.517Z'),
    });
  });

  it("prefers the upstream's content string when it sends one, and ignores ActionText objects", () => {
    expect(mapDealEvent({ ...RAW, content: 'stored' }, 'sent')?.content).toBe('stored');
    expect(mapDealEvent({ ...RAW, content: { body: '<div>x</div>' } }, 'sent')?.content).toBe('sent');
    expect(mapDealEvent(RAW)?.content).toBeNull();
  });

  it('keeps an unknown kind as UNKNOWN with rawKind; degrades optional fields to their defaults', () => {
    const minimal = {
      id: 1,
      contact_id: 2,
      kind: 'deal_archived',
      created_at: '2025-01-01T00:00:00Z',
      done_at: '2025-01-02T00:00:00-03:00',
    };
    expect({ ...mapDealEvent(minimal) }).toMatchObject({
      kind: '(unknown)',
      rawKind: 'deal_archived',
      dealId: null,
      title: '',
      done: true,
      doneAt: new Date('2025-01-02T03:00:00Z'),
      autoDone: false,
      app: null,
      additionalAttributes: {},
      updatedAt: new Date('2025-01-01T00:00:00Z'),
    });
  });

  it.each([
    ['no id', { ...RAW, id: null }],
    ['no contact', { ...RAW, contact_id: undefined }],
    ['blank kind', { ...RAW, kind: '' }],
    ['unreadable created_at', { ...RAW, created_at: 'yesterday' }],
    ['not an object', [RAW]],
  ])('is undefined with %s', (_name, raw) => {
    expect(mapDealEvent(raw)).toBeUndefined();
  });
});

describe('request bodies', () => {
  const at = new Date('2025-03-10T16:00:00.000Z');
  it('never carry null, and message timing is send_now or scheduled_at + auto_done', () => {
    expect(noteBody({ content: 'x' })).toEqual({ kind: 'note', content: 'x' });
    expect(activityBody({ title: 't', scheduledAt: at })).toEqual({
      kind: 'activity',
      title: 't',
      scheduled_at: '2025-03-10T16:00:00.000Z',
    });
    expect(messageBody({ channel: 'whatsapp', appId: 2, content: 'x' })).toEqual({
      kind: 'evolution_api_message',
      title: 'Whatsapp Message',
      content: 'x',
      send_now: true,
      app_type: 'Apps::EvolutionApi',
      app_id: 2,
    });
    expect(
      messageBody({ channel: 'chatwoot', appId: 1, inboxId: '62483', content: 'x', title: 'T', scheduledAt: at }),
    ).toEqual({
      kind: 'chatwoot_message',
      title: 'T',
      content: 'x',
      scheduled_at: '2025-03-10T16:00:00.000Z',
      auto_done: true,
      app_type: 'Apps::Chatwoot',
      app_id: 1,
      additional_attributes: { chatwoot_inbox_id: '62483' },
    });
  });
});

describe('WoofedCRM ids', () => {
  it.each(['1', '12', '9007199254740991'])('%j is an id', (value) => {
    expect(toWoofedId(value)).toBe(value);
  });
  it.each(['', '0', '012', '+1', '-1', '1.0', '12abc', ' 1', '1 ', '9007199254740993', '1e3'])('%j is not', (value) => {
    expect(isCanonicalPositiveInteger(value)).toBe(false);
  });
});
