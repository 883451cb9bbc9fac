import { find, sentPairs, statusesOf, userRef, type Raw } from './expected';
import { useHarness } from './use-harness';

const env = useHarness();

const { store } = env;

function pipelineShape(pipeline: Raw) {
  return {
    id: String(pipeline['id']),
    name: pipeline['name'],
    sort: pipeline['sort'],
    isMain: pipeline['is_main'],
    isArchive: pipeline['is_archive'],
    statuses: statusesOf(store(), pipeline['id']).map((status) => ({
      id: String(status['id']),
      name: status['name'],
      color: status['color'],
      sort: status['sort'],
      pipeline: { id: String(pipeline['id']) },
    })),
  };
}

describe('pipelines, users and custom fields', () => {
  it('pipelines and pipeline(id) share one call; users and user(id) share another, also with nested leads', async () => {
    const result = await env.h.query(`{
      pipelines { id name sort isMain isArchive statuses { id name color sort pipeline { id } } }
      pipeline(id: "7000002") { id name sort isMain isArchive statuses { id name color sort pipeline { id } } }
      unknown: pipeline(id: "1") { id }
      users { id name email }
      user(id: "5000003") { id name email }
      nobody: user(id: "42") { id }
      leads(first: 5) { nodes { id status { id } pipeline { id } responsibleUser { id } } }
    }`);
    const leads = [...store().leads].sort((a, b) => Number(a['id']) - Number(b['id'])).slice(0, 5);
    const carla = find(store().users, 5000003);
    expect(result).toEqual({
      data: {
        pipelines: store().pipelines.map(pipelineShape),
        pipeline: pipelineShape(find(store().pipelines, 7000002)),
        unknown: null,
        users: store().users.map((user) => ({ id: String(user['id']), name: user['name'], email: user['email'] })),
        user: { id: '5000003', name: carla['name'], email: carla['email'] },
        nobody: null,
        leads: {
          nodes: leads.map((lead) => ({
            id: String(lead['id']),
            status: { id: String(lead['status_id']) },
            pipeline: { id: String(lead['pipeline_id']) },
            responsibleUser: { id: userRef(store(), lead['responsible_user_id'])?.id },
          })),
        },
      },
    });
    expect(env.paths()).toEqual(['/api/v4/leads', '/api/v4/leads/pipelines', '/api/v4/users']);
  });

  it.each<[string, 'leads' | 'contacts' | 'companies']>([
    ['LEAD', 'leads'],
    ['CONTACT', 'contacts'],
    ['COMPANY', 'companies'],
  ])('customFields(entityType: %s): every definition with its enums, one call', async (entityType, kind) => {
    const result = await env.h.query(
      `{ customFields(entityType: ${entityType}) { id name code type enums { id value sort code } } }`,
    );
    expect(result).toEqual({
      data: {
        customFields: store().customFields[kind].map((field) => ({
          id: String(field['id']),
          name: field['name'],
          code: field['code'],
          type: field['type'],
          enums: ((field['enums'] as Raw[] | null) ?? []).map((item) => ({
            id: String(item['id']),
            value: item['value'],
            sort: item['sort'],
            code: null,
          })),
        })),
      },
    });
    expect(sentPairs(env.h.sim.requests, `/api/v4/${kind}/custom_fields`)).toEqual([
      [
        ['page', '1'],
        ['limit', '250'],
      ],
    ]);
    expect(env.h.sim.requests).toHaveLength(1);
  });

  it('custom-field values of 250 leads resolve their definitions with one definitions call', async () => {
    const result = await env.h.query<{
      leads: { nodes: Array<{ customFields: Array<{ fieldId: string; field: { id: string; name: string } | null }> }> };
    }>(
      '{ customFields(entityType: LEAD) { id } leads(first: 250) { nodes { customFields { fieldId field { id name } } } } }',
    );
    const names = new Map(store().customFields.leads.map((field) => [String(field['id']), field['name']]));
    const fields = result.data?.leads.nodes.flatMap((node) => node.customFields) ?? [];
    expect(fields.length).toBeGreaterThan(100);
    for (const value of fields) expect(value.field).toEqual({ id: value.fieldId, name: names.get(value.fieldId) });
    expect(env.paths()).toEqual(['/api/v4/leads', '/api/v4/leads/custom_fields']);
  });

  it('loss reasons come embedded with the lead (with=loss_reason): no loss_reasons call', async () => {
    const lost = store()
      .leads.filter((lead) => lead['loss_reason_id'] !== null)
      .slice(0, 20);
    const result = await env.h.query(
      'query L($ids: [ID!]) { leads(filter: { ids: $ids }) { nodes { id lossReason { id name } } } }',
      { ids: lost.map((lead) => String(lead['id'])) },
    );
    expect(result).toEqual({
      data: {
        leads: {
          nodes: lost.map((lead) => {
            const reason = find(store().lossReasons, lead['loss_reason_id']);
            return { id: String(lead['id']), lossReason: { id: String(reason['id']), name: reason['name'] } };
          }),
        },
      },
    });
    expect(env.h.sim.requests.map((request) => request.path)).toEqual(['/api/v4/leads']);
    expect(sentPairs(env.h.sim.requests, '/api/v4/leads')[0]).toContainEqual(['with', 'contacts,loss_reason']);
  });

  it("a loss reason Kommo did not embed is looked up in the account's list, once", async () => {
    const lead = store().leads.find((row) => row['loss_reason_id'] === null) as Raw;
    lead['loss_reason_id'] = 12999;
    try {
      const result = await env.h.query('query L($id: ID!) { lead(id: $id) { lossReason { id } } }', {
        id: String(lead['id']),
      });
      expect(result).toEqual({ data: { lead: { lossReason: null } } });
      expect(env.paths()).toEqual(['/api/v4/leads', '/api/v4/leads/loss_reasons']);
    } finally {
      lead['loss_reason_id'] = null;
    }
  });
});
