import { fieldEntries, find, idsOf, inRange, iso, linkIds, seconds, sentPairs, tagsOf, type Raw } from './expected';
import { useHarness } from './use-harness';

const LEADS = `query Leads($filter: LeadFilter, $query: String, $orderBy: OrderBy, $first: Int!, $after: String) {
  leads(filter: $filter, query: $query, orderBy: $orderBy, first: $first, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } }
}`;
const WITH: [string, string] = ['with', 'contacts,loss_reason'];

const env = useHarness();

async function leads(variables: Record<string, unknown>) {
  const result = await env.h.query(LEADS, { first: 250, ...variables });
  return {
    result,
    sent: sentPairs(env.h.sim.requests, '/api/v4/leads'),
    paths: env.h.sim.requests.map((request) => request.path),
  };
}

const onePage = (ids: string[]) => ({
  data: { leads: { nodes: ids.map((id) => ({ id })), pageInfo: { hasNextPage: false, endCursor: null } } },
});
const { store } = env;
const where = (test: (lead: Raw) => boolean) => idsOf(store().leads.filter(test));
const FEB = '2026-02-01T00:00:00Z';
const MAR = '2026-03-01T00:00:00Z';

describe('every lead filter of seed 002 reaches Kommo as the real API expects it', () => {
  const cases: Array<[string, Record<string, unknown>, Array<[string, string]>, (lead: Raw) => boolean]> = [
    [
      'ids',
      { ids: ['24100005', '24100002', '24100003'] },
      [
        ['filter[id][]', '24100005'],
        ['filter[id][]', '24100002'],
        ['filter[id][]', '24100003'],
      ],
      (lead) => [24100002, 24100003, 24100005].includes(Number(lead['id'])),
    ],
    [
      'names',
      { names: ['Staff training', 'Office fit-out'] },
      [
        ['filter[name][]', 'Staff training'],
        ['filter[name][]', 'Office fit-out'],
      ],
      (lead) => ['Staff training', 'Office fit-out'].includes(String(lead['name'])),
    ],
    [
      'price range',
      { price: { from: 10000, to: 20000 } },
      [
        ['filter[price][from]', '10000'],
        ['filter[price][to]', '20000'],
      ],
      (lead) => inRange(lead['price'], 10000, 20000),
    ],
    [
      'a status within a pipeline',
      { statuses: [{ pipelineId: '7000002', statusId: '61000012' }] },
      [
        ['filter[statuses][0][pipeline_id]', '7000002'],
        ['filter[statuses][0][status_id]', '61000012'],
      ],
      (lead) => lead['pipeline_id'] === 7000002 && lead['status_id'] === 61000012,
    ],
    [
      'pipelines',
      { pipelineIds: ['7000002'] },
      [['filter[pipeline_id][]', '7000002']],
      (lead) => lead['pipeline_id'] === 7000002,
    ],
    [
      'creators',
      { createdBy: ['5000001', '5000002'] },
      [
        ['filter[created_by][]', '5000001'],
        ['filter[created_by][]', '5000002'],
      ],
      (lead) => [5000001, 5000002].includes(Number(lead['created_by'])),
    ],
    [
      'last editors',
      { updatedBy: ['5000003'] },
      [['filter[updated_by][]', '5000003']],
      (lead) => lead['updated_by'] === 5000003,
    ],
    [
      'responsible users',
      { responsibleUserIds: ['5000006'] },
      [['filter[responsible_user_id][]', '5000006']],
      (lead) => lead['responsible_user_id'] === 5000006,
    ],
    [
      'created_at range',
      { createdAt: { from: FEB, to: MAR } },
      [
        ['filter[created_at][from]', String(seconds(FEB))],
        ['filter[created_at][to]', String(seconds(MAR))],
      ],
      (lead) => inRange(lead['created_at'], seconds(FEB), seconds(MAR)),
    ],
    [
      'updated_at from',
      { updatedAt: { from: '2026-04-20T00:00:00Z' } },
      [['filter[updated_at][from]', String(seconds('2026-04-20T00:00:00Z'))]],
      (lead) => inRange(lead['updated_at'], seconds('2026-04-20T00:00:00Z'), undefined),
    ],
    [
      'closed_at range',
      { closedAt: { from: MAR } },
      [['filter[closed_at][from]', String(seconds(MAR))]],
      (lead) => inRange(lead['closed_at'], seconds(MAR), undefined),
    ],
    [
      'closest_task_at range',
      { closestTaskAt: { to: '2026-05-10T00:00:00Z' } },
      [['filter[closest_task_at][to]', String(seconds('2026-05-10T00:00:00Z'))]],
      (lead) => inRange(lead['closest_task_at'], undefined, seconds('2026-05-10T00:00:00Z')),
    ],
    [
      'several at once',
      { pipelineIds: ['7000001'], responsibleUserIds: ['5000001'], price: { from: 20000 } },
      [
        ['filter[responsible_user_id][]', '5000001'],
        ['filter[price][from]', '20000'],
        ['filter[pipeline_id][]', '7000001'],
      ],
      (lead) =>
        lead['pipeline_id'] === 7000001 &&
        lead['responsible_user_id'] === 5000001 &&
        inRange(lead['price'], 20000, undefined),
    ],
  ];

  it.each(cases)('%s', async (_name, filter, pairs, test) => {
    const expected = where(test);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(250);
    const { result, sent, paths } = await leads({ filter });
    expect(result).toEqual(onePage(expected));
    expect(sent).toEqual([[...pairs, ['page', '1'], ['limit', '250'], WITH]]);
    expect(paths).toEqual(['/api/v4/leads']);
  });

  it('full-text query', async () => {
    const matches = (lead: Raw) =>
      [lead['name'], ...fieldEntries(lead).flatMap((entry) => entry.values.map((value) => value['value']))].some(
        (text) => String(text).toLowerCase().includes('catering'),
      );
    const { result, sent } = await leads({ query: 'Catering' });
    expect(result).toEqual(onePage(where(matches)));
    expect(sent).toEqual([[['query', 'Catering'], ['page', '1'], ['limit', '250'], WITH]]);
  });

  it('orderBy CREATED_AT DESC', async () => {
    const partners = store().leads.filter((lead) => lead['pipeline_id'] === 7000002);
    const expected = [...partners].sort(
      (a, b) => Number(b['created_at']) - Number(a['created_at']) || Number(a['id']) - Number(b['id']),
    );
    const { result, sent } = await leads({
      filter: { pipelineIds: ['7000002'] },
      orderBy: { field: 'CREATED_AT', direction: 'DESC' },
    });
    expect(result).toEqual(onePage(expected.map((lead) => String(lead['id']))));
    expect(sent).toEqual([
      [['filter[pipeline_id][]', '7000002'], ['order[created_at]', 'desc'], ['page', '1'], ['limit', '250'], WITH],
    ]);
  });

  it('orderBy without a direction sends the default asc (enum defaults survive the subgraph build)', async () => {
    const partners = store().leads.filter((lead) => lead['pipeline_id'] === 7000002);
    const expected = [...partners].sort(
      (a, b) => Number(a['created_at']) - Number(b['created_at']) || Number(a['id']) - Number(b['id']),
    );
    const { result, sent } = await leads({ filter: { pipelineIds: ['7000002'] }, orderBy: { field: 'CREATED_AT' } });
    expect(result).toEqual(onePage(expected.map((lead) => String(lead['id']))));
    expect(sent).toEqual([
      [['filter[pipeline_id][]', '7000002'], ['order[created_at]', 'asc'], ['page', '1'], ['limit', '250'], WITH],
    ]);
  });

  it('a filter nobody matches: Kommo 204 → an empty connection', async () => {
    const { result } = await leads({ filter: { names: ['No such lead'] } });
    expect(result).toEqual(onePage([]));
  });
});

describe('leads paging', () => {
  it('walks every lead with the cursor, 100 at a time, until Kommo answers 204', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { result } = await leads({ first: 100, after });
      const connection = (
        result.data as {
          leads: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
        }
      ).leads;
      seen.push(...connection.nodes.map((node) => node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null && pages < 10);
    expect(seen).toEqual(idsOf(store().leads));
    expect(pages).toBe(4);
  });
});

describe('lists prime the per-request loaders', () => {
  it("a contact's leads that the page already holds are not read again", async () => {
    const contact = store().contacts.find((row) => linkIds(row, 'leads').length > 2) as Raw;
    const [listed, ...others] = linkIds(contact, 'leads') as [string, ...string[]];
    const result = await env.h.query<{
      leads: { nodes: Array<{ contacts: Array<{ id: string; leads: Array<{ id: string }> }> }> };
    }>('query P($id: ID!) { leads(filter: { ids: [$id] }) { nodes { contacts { id leads { id } } } } }', {
      id: listed,
    });
    const lead = find(store().leads, listed);
    expect(result.data?.leads.nodes).toEqual([
      {
        contacts: linkIds(lead, 'contacts').map((id) => ({
          id,
          leads: linkIds(find(store().contacts, id), 'leads').map((leadId) => ({ id: leadId })),
        })),
      },
    ]);
    const unseen = new Set(
      linkIds(lead, 'contacts')
        .flatMap((id) => linkIds(find(store().contacts, id), 'leads'))
        .filter((id) => id !== listed),
    );
    expect(others.every((id) => unseen.has(id))).toBe(true);
    const [, second] = sentPairs(env.h.sim.requests, '/api/v4/leads');
    expect(second?.filter(([key]) => key === 'filter[id][]').map(([, id]) => id)).toEqual([...unseen]);
    expect(env.h.sim.requests.map((request) => request.path)).toEqual([
      '/api/v4/leads',
      '/api/v4/contacts',
      '/api/v4/leads',
    ]);
  });
});

describe('lead fields and lead(id)', () => {
  const FIELDS = `id name price createdAt updatedAt closedAt isDeleted tags { id name color }
    customFields { fieldId fieldName fieldCode fieldType values { value text enumId enumCode } }`;

  function expectedLead(lead: Raw) {
    return {
      id: String(lead['id']),
      name: lead['name'],
      price: lead['price'],
      createdAt: iso(lead['created_at']),
      updatedAt: iso(lead['updated_at']),
      closedAt: iso(lead['closed_at']),
      isDeleted: false,
      tags: tagsOf(lead),
      customFields: fieldEntries(lead).map((entry) => ({
        fieldId: String(entry.field_id),
        fieldName: entry.field_name,
        fieldCode: entry.field_code,
        fieldType: entry.field_type,
        values: entry.values.map((value) => ({
          value: value['value'],
          text: String(value['value']),
          enumId: value['enum_id'] === undefined ? null : String(value['enum_id'] as number),
          enumCode: value['enum_code'] ?? null,
        })),
      })),
    };
  }

  it('maps every field of a page of 250 leads', async () => {
    const result = await env.h.query(`{ leads(first: 250) { nodes { ${FIELDS} } } }`);
    const expected = [...store().leads]
      .sort((a, b) => Number(a['id']) - Number(b['id']))
      .slice(0, 250)
      .map(expectedLead);
    expect(result).toEqual({ data: { leads: { nodes: expected } } });
  });

  it('reads one lead by id through the loader: one call, with the link ids', async () => {
    const lead = find(store().leads, 24100143);
    const result = await env.h.query(`query One($id: ID!) { lead(id: $id) { ${FIELDS} } }`, { id: '24100143' });
    expect(result).toEqual({ data: { lead: expectedLead(lead) } });
    expect(sentPairs(env.h.sim.requests, '/api/v4/leads')).toEqual([
      [['filter[id][]', '24100143'], ['limit', '250'], WITH],
    ]);
    expect(env.h.sim.requests).toHaveLength(1);
  });

  it('answers null for an id Kommo does not know', async () => {
    expect(await env.h.query('{ lead(id: "999999999") { id } }')).toEqual({ data: { lead: null } });
    expect(env.h.calls('/api/v4/leads')).toBe(1);
  });
});
