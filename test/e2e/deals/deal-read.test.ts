import type { WoofedEvent, WoofedSimulator } from '../../../src/demo/woofed';
import { EVENT_FIELDS, startDealHarness, type DealHarness } from './deal-harness';

let h: DealHarness;
beforeEach(async () => {
  h = await startDealHarness();
});
afterEach(() => h.close());

const DEAL = `query($id: ID!) {
  deal(id: $id) {
    id name status lostReason customAttributes createdAt updatedAt wonAt lostAt
    contact { id fullName phone email customAttributes }
    stage { id name position }
    pipeline { id name }
    events { ...F }
  }
} ${EVENT_FIELDS}`;

const iso = (instant: Date | null): string | null => (instant === null ? null : instant.toISOString());

/** A stored event as Deal.events must show it: UTC instants, upper-case kind, no content (REST has none). */
function expectedEvent(event: WoofedEvent): Record<string, unknown> {
  return {
    id: String(event.id),
    dealId: event.deal_id === null ? null : String(event.deal_id),
    contactId: String(event.contact_id),
    kind: event.kind.toUpperCase(),
    rawKind: event.kind,
    title: event.title,
    content: null,
    done: event.done_at !== null,
    doneAt: iso(event.done_at),
    scheduledAt: iso(event.scheduled_at),
    sendNow: null,
    autoDone: event.auto_done ?? false,
    fromMe: event.from_me,
    status: event.status,
    app: event.app_type === null || event.app_id === null ? null : { id: String(event.app_id), type: event.app_type },
    additionalAttributes: event.additional_attributes,
    customAttributes: event.custom_attributes,
    createdAt: iso(event.created_at),
    updatedAt: iso(event.updated_at),
  };
}

/** The whole `deal` answer, computed from the simulator's tables. */
function expectedDeal(sim: WoofedSimulator, dealId: number): Record<string, unknown> {
  const { store } = sim;
  const deal = store.deals.find((d) => d.id === dealId);
  const contact = store.contacts.find((c) => c.id === deal?.contact_id);
  const stage = store.stages.find((s) => s.id === deal?.stage_id);
  const pipeline = store.pipelines.find((p) => p.id === deal?.pipeline_id);
  if (!deal || !contact || !stage || !pipeline) throw new Error(`deal ${dealId} is incomplete in the seed`);
  const events = store.events
    .filter((e) => e.deal_id === dealId)
    .sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || b.id - a.id);
  return {
    id: String(deal.id),
    name: deal.name,
    status: deal.status,
    lostReason: deal.lost_reason,
    customAttributes: deal.custom_attributes,
    createdAt: iso(deal.created_at),
    updatedAt: iso(deal.updated_at),
    wonAt: iso(deal.won_at),
    lostAt: iso(deal.lost_at),
    contact: {
      id: String(contact.id),
      fullName: contact.full_name,
      phone: contact.phone,
      email: contact.email,
      customAttributes: contact.custom_attributes,
    },
    stage: { id: String(stage.id), name: stage.name, position: stage.position },
    pipeline: { id: String(pipeline.id), name: pipeline.name },
    events: events.map(expectedEvent),
  };
}

const paths = (): string[] => h.woofed.requests.map((r) => `${r.method} ${r.path}`).sort();

describe('deal(id): the deal with contact, stage, pipeline and its timeline', () => {
  it.each([1, 4, 7, 9, 23])(
    'deal %i: whole answer, from GET /deals/:id and GET /contacts/:contact_id only',
    async (dealId) => {
      const expected = expectedDeal(h.woofed, dealId);
      expect(await h.query(DEAL, { id: String(dealId) })).toEqual({ data: { deal: expected } });
      const contactId = h.woofed.store.deals.find((d) => d.id === dealId)?.contact_id;
      expect(paths()).toEqual([
        `GET /api/v1/accounts/1/contacts/${contactId}`,
        `GET /api/v1/accounts/1/deals/${dealId}`,
      ]);
      expect((expected['events'] as unknown[]).length).toBeGreaterThan(0);
    },
  );

  it('shows what was just written, newest first', async () => {
    const note = await h.query(`mutation { createDealNote(dealId: "1", input: { content: "Nota" }) { id } }`);
    const message = await h.query(
      `mutation { sendWhatsappMessage(dealId: "1", input: { appId: "2", content: "Oi" }) { id } }`,
    );
    const result = await h.query<{ deal: { events: Array<{ id: string; kind: string }> } }>(
      `{ deal(id: "1") { events { id kind } } }`,
    );
    expect(result.data?.deal.events.slice(0, 2)).toEqual([
      { id: (message.data?.['sendWhatsappMessage'] as { id: string }).id, kind: 'EVOLUTION_API_MESSAGE' },
      { id: (note.data?.['createDealNote'] as { id: string }).id, kind: 'NOTE' },
    ]);
  });

  it('an unknown deal is null, not an error (one GET); a malformed id is null without any call', async () => {
    expect(await h.query(`{ deal(id: "9999") { id } }`)).toEqual({ data: { deal: null } });
    expect(paths()).toEqual(['GET /api/v1/accounts/1/deals/9999']);
    h.woofed.resetRequests();
    expect(await h.query(`{ a: deal(id: "12abc") { id } b: deal(id: "0") { id } c: deal(id: "") { id } }`)).toEqual({
      data: { a: null, b: null, c: null },
    });
    expect(h.woofed.requests).toHaveLength(0);
  });

  it("two deals of one contact: the contact's timeline is read once and split by deal", async () => {
    const result = await h.query<Record<'a' | 'b', { events: Array<{ dealId: string }> }>>(
      `{ a: deal(id: "1") { events { dealId } } b: deal(id: "21") { events { dealId } } again: deal(id: "1") { id } }`,
    );
    expect(new Set(result.data?.a.events.map((e) => e.dealId))).toEqual(new Set(['1']));
    expect(new Set(result.data?.b.events.map((e) => e.dealId))).toEqual(new Set(['21']));
    expect(paths()).toEqual([
      'GET /api/v1/accounts/1/contacts/1',
      'GET /api/v1/accounts/1/deals/1',
      'GET /api/v1/accounts/1/deals/21',
    ]);
  });

  it('DealEvent.deal is loaded once per deal and request', async () => {
    const written = await h.query(
      `mutation { createDealNote(dealId: "1", input: { content: "Nota" }) { deal { id stage { name } } } }`,
    );
    const stage = h.woofed.store.stages.find((s) => s.id === h.woofed.store.deals[0]?.stage_id);
    expect(written).toEqual({ data: { createDealNote: { deal: { id: '1', stage: { name: stage?.name } } } } });
    h.woofed.resetRequests();
    const result = await h.query<{ deal: { events: Array<{ deal: { id: string } }> } }>(
      `{ deal(id: "1") { events { deal { id } } } }`,
    );
    expect(result.data?.deal.events.every((event) => event.deal.id === '1')).toBe(true);
    expect(paths()).toEqual(['GET /api/v1/accounts/1/contacts/1', 'GET /api/v1/accounts/1/deals/1']);
  });

  it('an event of a kind WoofedCRM added later is served as UNKNOWN with its raw kind', async () => {
    const event = h.woofed.store.events.find((e) => e.deal_id === 2);
    if (event === undefined) throw new Error('deal 2 has no event');
    Object.assign(event, { kind: 'deal_archived' });
    const result = await h.query<{ deal: { events: Array<{ id: string; kind: string; rawKind: string }> } }>(
      `{ deal(id: "2") { events { id kind rawKind } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.deal.events).toContainEqual({
      id: String(event.id),
      kind: 'UNKNOWN',
      rawKind: 'deal_archived',
    });
  });

  it('a deal whose contact is gone: contact null and no events, not an error', async () => {
    h.woofed.store.contacts = h.woofed.store.contacts.filter((c) => c.id !== 5);
    expect(await h.query(`{ deal(id: "5") { id contact { id } events { id } } }`)).toEqual({
      data: { deal: { id: '5', contact: null, events: [] } },
    });
  });
});
