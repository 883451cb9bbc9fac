import { LeadPageDocument, PipelineBoardDocument } from '../../../examples/__generated__/operations';
import { eventsNewestFirst, expectedTypename, firstPayload } from '../../helpers/kommo-expectations';
import {
  fieldEntries,
  find,
  iso,
  linkIds,
  statusesOf,
  tagsOf,
  tasksOf,
  userRef,
  valuesOfCode,
  type Raw,
} from './expected';
import { useHarness } from './use-harness';

const env = useHarness();

const { store } = env;
const { paths } = env;

describe('the pipeline board (examples/pipeline-board.graphql)', () => {
  const SALES = 7000001;

  function expectedBoard(page: number) {
    const leads = store()
      .leads.filter((lead) => lead['pipeline_id'] === SALES)
      .sort((a, b) => Number(b['updated_at']) - Number(a['updated_at']) || Number(a['id']) - Number(b['id']));
    const pipeline = find(store().pipelines, SALES);
    return {
      pipeline: {
        id: String(SALES),
        name: pipeline['name'],
        statuses: statusesOf(store(), SALES).map((status) => ({
          id: String(status['id']),
          name: status['name'],
          color: status['color'],
          sort: status['sort'],
        })),
      },
      leads: {
        nodes: leads.slice((page - 1) * 50, page * 50).map((lead) => {
          const companyId = linkIds(lead, 'companies')[0];
          const company = companyId === undefined ? undefined : find(store().companies, companyId);
          return {
            id: String(lead['id']),
            name: lead['name'],
            price: lead['price'],
            updatedAt: iso(lead['updated_at']),
            status: { id: String(lead['status_id']) },
            responsibleUser: userRef(store(), lead['responsible_user_id']),
            company: company === undefined ? null : { id: String(company['id']), name: company['name'] },
            contacts: linkIds(lead, 'contacts').map((id) => {
              const contact = find(store().contacts, id);
              return { id, name: contact['name'], phones: valuesOfCode(contact, 'PHONE') };
            }),
          };
        }),
        pageInfo: { hasNextPage: true, endCursor: expect.any(String) as unknown as string },
      },
    };
  }

  it('answers the whole board for 50 leads with 5 calls: leads, contacts, companies, users, pipelines', async () => {
    const result = await env.h.query(PipelineBoardDocument, { pipelineId: String(SALES) });
    expect(result).toEqual({ data: expectedBoard(1) });
    const board = expectedBoard(1).leads.nodes;
    expect(board.filter((lead) => lead.contacts.length > 0).length).toBeGreaterThan(30);
    expect(board.filter((lead) => lead.company !== null).length).toBeGreaterThan(20);
    expect(paths()).toEqual([
      '/api/v4/companies',
      '/api/v4/contacts',
      '/api/v4/leads',
      '/api/v4/leads/pipelines',
      '/api/v4/users',
    ]);
  });

  it('pages on with the cursor at the same cost', async () => {
    const first = await env.h.query(PipelineBoardDocument, { pipelineId: String(SALES) });
    env.h.sim.resetRequests();
    const result = await env.h.query(PipelineBoardDocument, {
      pipelineId: String(SALES),
      after: first.data?.leads.pageInfo.endCursor ?? null,
    });
    expect(result).toEqual({ data: expectedBoard(2) });
    expect(paths()).toEqual([
      '/api/v4/companies',
      '/api/v4/contacts',
      '/api/v4/leads',
      '/api/v4/leads/pipelines',
      '/api/v4/users',
    ]);
  });
});

describe('the lead page (examples/lead-page.graphql)', () => {
  /** A lost lead with contacts, a company, tasks, custom fields and history: every section of the page is filled. */
  function pickLead(): Raw {
    const lead = store().leads.find(
      (row) =>
        row['loss_reason_id'] !== null &&
        linkIds(row, 'contacts').length > 1 &&
        linkIds(row, 'companies').length === 1 &&
        fieldEntries(row).length > 0 &&
        tasksOf(store(), 'leads', row['id']).length > 0 &&
        store().events.some((event) => event['entity_type'] === 'lead' && event['entity_id'] === row['id']),
    );
    if (lead === undefined) throw new Error('the seed has no lead for the lead page');
    return lead;
  }

  function statusRef(payload: Record<string, unknown> | undefined) {
    if (payload === undefined) return null;
    const status = statusesOf(store(), payload['pipeline_id']).find((row) => row['id'] === payload['id']);
    return status === undefined ? null : { id: String(status['id']), name: status['name'] };
  }

  function expectedPage(lead: Raw) {
    const status = find(statusesOf(store(), lead['pipeline_id']), lead['status_id']);
    const pipeline = find(store().pipelines, lead['pipeline_id']);
    const company = find(store().companies, linkIds(lead, 'companies')[0]);
    const reason = find(store().lossReasons, lead['loss_reason_id']);
    const owner = find(store().users, lead['responsible_user_id']);
    const events = eventsNewestFirst(store())
      .filter((event) => event['entity_type'] === 'lead' && event['entity_id'] === lead['id'])
      .slice(0, 10);
    return {
      lead: {
        id: String(lead['id']),
        name: lead['name'],
        price: lead['price'],
        createdAt: iso(lead['created_at']),
        updatedAt: iso(lead['updated_at']),
        closedAt: iso(lead['closed_at']),
        isDeleted: false,
        tags: tagsOf(lead),
        status: { id: String(status['id']), name: status['name'], color: status['color'] },
        pipeline: { id: String(pipeline['id']), name: pipeline['name'] },
        responsibleUser: { id: String(owner['id']), name: owner['name'], email: owner['email'] },
        createdBy: userRef(store(), lead['created_by']),
        lossReason: { id: String(reason['id']), name: reason['name'] },
        customFields: fieldEntries(lead).map((entry) => ({
          fieldId: String(entry.field_id),
          fieldName: entry.field_name,
          fieldCode: entry.field_code,
          fieldType: entry.field_type,
          values: entry.values.map((value) => ({
            text: String(value['value']),
            enumId: value['enum_id'] === undefined ? null : String(value['enum_id'] as number),
            enumCode: null,
          })),
          field: { id: String(entry.field_id), type: entry.field_type },
        })),
        company: { id: String(company['id']), name: company['name'] },
        contacts: linkIds(lead, 'contacts').map((id) => {
          const contact = find(store().contacts, id);
          return {
            id,
            name: contact['name'],
            phones: valuesOfCode(contact, 'PHONE'),
            emails: valuesOfCode(contact, 'EMAIL'),
          };
        }),
        tasks: tasksOf(store(), 'leads', lead['id']).map((task) => {
          const type = find(store().taskTypes, task['task_type_id']);
          return {
            id: String(task['id']),
            text: task['text'],
            completeTill: iso(task['complete_till']),
            isCompleted: task['is_completed'],
            result: Array.isArray(task['result']) ? null : (task['result'] as { text: string }).text,
            taskType: { id: String(type['id']), name: type['name'] },
            responsibleUser: userRef(store(), task['responsible_user_id']),
          };
        }),
        events: events.map((event) => {
          const node: Record<string, unknown> = {
            __typename: expectedTypename(String(event['type'])),
            id: event['id'],
            type: event['type'],
            createdAt: iso(event['created_at']),
            createdBy: userRef(store(), event['created_by']),
          };
          if (event['type'] === 'lead_status_changed') {
            node['statusBefore'] = statusRef(firstPayload(event['value_before'], 'lead_status'));
            node['statusAfter'] = statusRef(firstPayload(event['value_after'], 'lead_status'));
          }
          return node;
        }),
      },
    };
  }

  it('answers the whole page with one call per source: 9 calls', async () => {
    const lead = pickLead();
    const result = await env.h.query(LeadPageDocument, { id: String(lead['id']) });
    expect(result).toEqual({ data: expectedPage(lead) });
    expect(paths()).toEqual([
      '/api/v4/account',
      '/api/v4/companies',
      '/api/v4/contacts',
      '/api/v4/events',
      '/api/v4/leads',
      '/api/v4/leads/custom_fields',
      '/api/v4/leads/pipelines',
      '/api/v4/tasks',
      '/api/v4/users',
    ]);
  });

  it('answers null for a lead Kommo does not know, with one call', async () => {
    expect(await env.h.query(LeadPageDocument, { id: '999999999' })).toEqual({ data: { lead: null } });
    expect(paths()).toEqual(['/api/v4/leads']);
  });
});
