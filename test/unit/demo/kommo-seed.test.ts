import { KOMMO_EPOCH, KOMMO_NOW, createKommoSeed, createKommoStore, type KommoEvent } from '../../../src/demo/kommo';

const seed = createKommoSeed(42);
const payload = (value: Record<string, unknown> | undefined, key: string) =>
  value?.[key] as Record<string, unknown> | undefined;

describe('createKommoSeed', () => {
  it('is a pure function of the seed', () => {
    expect(JSON.stringify(createKommoSeed(42))).toBe(JSON.stringify(seed));
    expect(JSON.stringify(createKommoSeed(43))).not.toBe(JSON.stringify(seed));
    const store = createKommoStore(seed);
    store.events.length = 0;
    expect(seed.events.length).toBeGreaterThan(0);
  });

  it('has the documented sizes, fixed timestamps and unique ids', () => {
    expect([
      seed.users.length,
      seed.leads.length,
      seed.contacts.length,
      seed.companies.length,
      seed.tasks.length,
      seed.events.length,
    ]).toEqual([6, 300, 150, 60, 150, 600]);
    for (const list of [seed.leads, seed.contacts, seed.companies, seed.tasks, seed.events]) {
      expect(new Set(list.map((item: { id: number | string }) => item.id)).size).toBe(list.length);
    }
    const times = [...seed.leads, ...seed.contacts, ...seed.companies, ...seed.events].map((item) => item.created_at);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(KOMMO_EPOCH);
    expect(Math.max(...times)).toBeLessThanOrEqual(KOMMO_NOW);
  });

  it('links leads, contacts and companies consistently both ways', () => {
    for (const lead of seed.leads) {
      for (const ref of lead._embedded.contacts) {
        expect(seed.contacts.find((c) => c.id === ref.id)?._embedded.leads).toContainEqual({ id: lead.id });
      }
      for (const ref of lead._embedded.companies) {
        expect(seed.companies.find((c) => c.id === ref.id)?._embedded.leads).toContainEqual({ id: lead.id });
      }
    }
    for (const contact of seed.contacts) {
      for (const ref of contact._embedded.companies) {
        expect(seed.companies.find((c) => c.id === ref.id)?._embedded.contacts).toContainEqual({ id: contact.id });
      }
    }
  });

  it('makes events reference real data', () => {
    const notes = new Map(
      Object.entries(seed.notes).flatMap(([kind, list]) => list.map((note) => [note.id, { kind, note }] as const)),
    );
    const userIds = new Set(seed.users.map((user) => user.id));
    const statuses = new Set(seed.pipelines.flatMap((p) => p._embedded.statuses.map((s) => `${p.id}:${s.id}`)));
    const entityIds: Record<string, Set<number>> = {
      lead: new Set(seed.leads.map((l) => l.id)),
      contact: new Set(seed.contacts.map((c) => c.id)),
      company: new Set(seed.companies.map((c) => c.id)),
    };
    const check = (event: KommoEvent, value: Record<string, unknown>) => {
      const note = payload(value, 'note');
      if (note && !seed.deletedLeadIds.includes(event.entity_id)) {
        const found = notes.get(note.id as number);
        expect(found).toBeDefined();
        if (event.entity_type !== 'task') expect(found?.note.entity_id).toBe(event.entity_id);
      }
      const status = payload(value, 'lead_status');
      if (status) expect(statuses.has(`${String(status.pipeline_id)}:${String(status.id)}`)).toBe(true);
      const user = payload(value, 'responsible_user');
      if (user) expect(userIds.has(user.id as number)).toBe(true);
      const link = payload(payload(value, 'link') ?? payload(value, 'unlink'), 'entity');
      if (link) expect(entityIds[link.type as string]?.has(link.id as number)).toBe(true);
    };
    for (const event of seed.events)
      for (const value of [...event.value_before, ...event.value_after]) check(event, value);
  });

  it('keeps a few events of deleted leads and a lead-heavy recent timeline', () => {
    expect(seed.deletedLeadIds).toHaveLength(10);
    for (const id of seed.deletedLeadIds) {
      expect(seed.leads.some((lead) => lead.id === id)).toBe(false);
      expect(seed.events.some((event) => event.entity_id === id && event.type === 'lead_deleted')).toBe(true);
    }
    const newest = seed.events.slice(0, 100).map((event) => event.entity_type);
    expect(newest.filter((type) => type === 'lead').length).toBeGreaterThan(50);
    expect(new Set(newest)).toEqual(new Set(['lead', 'contact', 'company', 'task']));
    expect(seed.events.some((event) => event.created_by === 0)).toBe(true);
  });
});
