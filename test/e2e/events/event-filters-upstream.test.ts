import { startHarness, type Harness } from '../../helpers/harness';

const FEED = `query Feed($filter: EventFilter, $first: Int) {
  events(filter: $filter, first: $first) { nodes { id type entityType entityId createdAt
    ... on LeadStatusChangedEvent { statusAfter { id pipeline { id } } }
    ... on ResponsibleChangedEvent { responsibleAfter { id } }
    ... on SaleChangedEvent { saleAfter }
    ... on CustomFieldValueChangedEvent { fieldId valuesAfter { enumId } }
  } }
}`;
type Node = { id: string; type: string; entityType: string; entityId: string; createdAt: string } & Record<
  string,
  unknown
>;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

async function feed(
  filter: Record<string, unknown>,
  first = 100,
): Promise<{ nodes: Node[]; sent: Array<[string, string]> }> {
  harness.sim.resetRequests();
  const result = await harness.query<{ events: { nodes: Node[] } }>(FEED, { filter, first });
  expect(result.errors).toBeUndefined();
  const call = harness.sim.requests.find((request) => request.path === '/api/v4/events');
  return {
    nodes: result.data?.events.nodes ?? [],
    sent: [...(call?.query ?? [])].filter(([key]) => key.startsWith('filter')),
  };
}

describe('every event filter of seed 001 reaches Kommo as the real API expects it', () => {
  it('types, entity and entity_id', async () => {
    const lead = String(harness.sim.store.leads[3]?.['id']);
    const { nodes, sent } = await feed({
      types: ['LEAD_STATUS_CHANGED', 'LEAD_ADDED'],
      entityTypes: ['LEAD'],
      entityIds: [lead],
    });
    expect(sent).toEqual([
      ['filter[type]', 'lead_status_changed,lead_added'],
      ['filter[entity]', 'lead'],
      ['filter[entity_id]', lead],
    ]);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes)
      expect([node.entityType, node.entityId, ['lead_status_changed', 'lead_added'].includes(node.type)]).toEqual([
        'LEAD',
        lead,
        true,
      ]);
  });

  it('leads_statuses on value_after', async () => {
    const { nodes, sent } = await feed({
      types: ['LEAD_STATUS_CHANGED'],
      valueAfter: { leadStatuses: [{ pipelineId: '7000001', statusId: '142' }] },
    });
    expect(sent).toEqual([
      ['filter[type]', 'lead_status_changed'],
      ['filter[value_after][leads_statuses][0][pipeline_id]', '7000001'],
      ['filter[value_after][leads_statuses][0][status_id]', '142'],
    ]);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node['statusAfter']).toEqual({ id: '142', pipeline: { id: '7000001' } });
  });

  it('responsible_user_id on value_after, comma-joined', async () => {
    const { nodes, sent } = await feed({
      types: ['ENTITY_RESPONSIBLE_CHANGED'],
      valueAfter: { responsibleUserIds: ['5000001', '5000002'] },
    });
    expect(sent).toEqual([
      ['filter[type]', 'entity_responsible_changed'],
      ['filter[value_after][responsible_user_id]', '5000001,5000002'],
    ]);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(['5000001', '5000002']).toContain((node['responsibleAfter'] as { id: string }).id);
  });

  it('custom_field_values with the per-field type', async () => {
    const { nodes, sent } = await feed({
      customFieldId: '880001',
      valueAfter: { customFieldEnumIds: ['990001', '990002'] },
    });
    expect(sent).toEqual([
      ['filter[type]', 'custom_field_880001_value_changed'],
      ['filter[value_after][custom_field_values]', '990001,990002'],
    ]);
    for (const node of nodes) {
      expect(node.type).toBe('custom_field_880001_value_changed');
      expect(node['fieldId']).toBe('880001');
    }
  });

  it('value with sale_field_changed and the entity, as in the seed example', async () => {
    const sale = harness.sim.store.events.find((event) => event['type'] === 'sale_field_changed');
    const after = (sale?.['value_after'] as Array<{ sale_field_value: { sale: number } }>)[0]?.sale_field_value.sale;
    const { nodes, sent } = await feed({
      types: ['SALE_FIELD_CHANGED'],
      entityTypes: ['LEAD'],
      valueAfter: { value: String(after) },
    });
    expect(sent).toEqual([
      ['filter[type]', 'sale_field_changed'],
      ['filter[entity]', 'lead'],
      ['filter[value_after][value]', String(after)],
    ]);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node['saleAfter']).toBe(after);
  });

  it('ids, created_by and created_at range in Unix seconds', async () => {
    const { nodes, sent } = await feed({
      createdBy: ['5000001', '5000003'],
      createdAt: { from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00.999Z' },
    });
    expect(sent).toEqual([
      ['filter[created_by]', '5000001,5000003'],
      ['filter[created_at][from]', String(Date.UTC(2026, 1, 1) / 1000)],
      ['filter[created_at][to]', String(Date.UTC(2026, 2, 1) / 1000)],
    ]);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes)
      expect(node.createdAt >= '2026-02-01T00:00:00.000Z' && node.createdAt <= '2026-03-01T00:00:00.000Z').toBe(true);
    const ids = nodes.slice(0, 2).map((node) => node.id);
    const byIds = await feed({ ids });
    expect(byIds.sent).toEqual([['filter[id]', ids.join(',')]]);
    expect(byIds.nodes.map((node) => node.id).sort()).toEqual([...ids].sort());
  });

  it('an empty match is Kommo 204 → an empty connection', async () => {
    const result = await harness.query(
      `{ events(filter: { types: [ZOOM_CONFERENCE], createdBy: ["1"] }) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(result).toEqual({ data: { events: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
  });
});
