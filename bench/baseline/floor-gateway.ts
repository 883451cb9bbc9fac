import {
  ENTITY_PATHS,
  kommoGet,
  recordsPath,
  serveGraphQL,
  type KommoGet,
  type ReferenceGateway,
  type Row,
} from './kommo-http';

/**
 * The bench's floor: what any gateway answering the bench's timeline and board with the baseline's
 * upstream calls pays, whatever its GraphQL layer. It makes the same calls in the same two rounds,
 * parses every body, builds the same `data` by hand and serialises it; it does not parse, validate or
 * execute GraphQL at all. It knows only those two operations (told apart by `events(` in the text)
 * with the bench's arguments; test/e2e/bench checks that it answers them exactly as Ponte does.
 * A gateway's CPU above this is the cost of its GraphQL layer.
 */
const TIMELINE_FIRST = 100;
const BOARD_PIPELINE_ID = '7000001';
const BOARD_FIRST = 50;

const byId = (rows: readonly Row[]): Map<string, Row> => new Map(rows.map((row) => [String(row.id), row]));
const named = (row: Row | undefined): { name: string } | null =>
  row === undefined ? null : { name: String(row.name) };
const embedded = (row: Row | undefined, key: string): Row[] =>
  (row?.['_embedded'] as Record<string, Row[] | undefined> | undefined)?.[key] ?? [];
const statusIn = (pipelines: Map<string, Row>, pipelineId: unknown, statusId: unknown): Row | undefined =>
  embedded(pipelines.get(String(pipelineId)), 'statuses').find((s) => String(s.id) === String(statusId));

/** Ids in first-seen order without repeats, per list: the batches a DataLoader per list would send. */
class Batches {
  private readonly ids = new Map<string, Set<string>>();
  add(entity: string, id: unknown): void {
    let set = this.ids.get(entity);
    if (set === undefined) this.ids.set(entity, (set = new Set()));
    set.add(String(id));
  }
  read(get: KommoGet): Promise<Map<string, Map<string, Row>>> {
    return Promise.all(
      [...this.ids].map(
        async ([entity, ids]) => [entity, byId(await get(recordsPath(entity, [...ids]), entity))] as const,
      ),
    ).then((lists) => new Map(lists));
  }
}

async function timeline(get: KommoGet): Promise<unknown> {
  const events = await get(`/api/v4/events?limit=${TIMELINE_FIRST}`, 'events');
  const batches = new Batches();
  for (const event of events) {
    const entity = ENTITY_PATHS[String(event['entity_type'])];
    if (entity !== undefined) batches.add(entity, event['entity_id']);
  }
  const statusAfter = (event: Row) =>
    (event['value_after'] as Array<{ lead_status?: { id: number; pipeline_id: number } }> | undefined)?.[0]
      ?.lead_status;
  const needsPipelines = events.some((event) => event['type'] === 'lead_status_changed' && statusAfter(event));
  const [users, pipelines, records] = await Promise.all([
    events.length === 0 ? [] : get('/api/v4/users?limit=250', 'users'),
    needsPipelines ? get('/api/v4/leads/pipelines', 'pipelines') : [],
    batches.read(get),
  ]);
  const [usersById, pipelinesById] = [byId(users), byId(pipelines)];
  const nodes = events.map((event) => {
    const entityPath = ENTITY_PATHS[String(event['entity_type'])];
    const record = entityPath === undefined ? undefined : records.get(entityPath)?.get(String(event['entity_id']));
    const node: Record<string, unknown> = {
      id: String(event.id),
      type: String(event['type']),
      entity: record === undefined ? null : entityPath === 'leads' ? named(record) : {},
      createdBy: named(usersById.get(String(event['created_by']))),
    };
    if (event['type'] === 'lead_status_changed') {
      const after = statusAfter(event);
      const status = after === undefined ? undefined : statusIn(pipelinesById, after.pipeline_id, after.id);
      node['statusAfter'] =
        status === undefined
          ? null
          : { name: String(status.name), pipeline: named(pipelinesById.get(String(after?.pipeline_id))) };
    }
    return node;
  });
  return { events: { nodes } };
}

const phones = (contact: Row): string[] =>
  ((contact['custom_fields_values'] as Array<{ field_code?: string; values: Array<{ value: string }> }> | null) ?? [])
    .filter((field) => field.field_code === 'PHONE')
    .flatMap((field) => field.values.map((value) => value.value));

async function board(get: KommoGet): Promise<unknown> {
  const [pipelines, leads] = await Promise.all([
    get('/api/v4/leads/pipelines', 'pipelines'),
    get(`/api/v4/leads?filter[pipeline_id][]=${BOARD_PIPELINE_ID}&limit=${BOARD_FIRST}&with=contacts`, 'leads'),
  ]);
  const batches = new Batches();
  for (const lead of leads) {
    const company = embedded(lead, 'companies')[0];
    if (company !== undefined) batches.add('companies', company.id);
    for (const contact of embedded(lead, 'contacts')) batches.add('contacts', contact.id);
  }
  const [users, records] = await Promise.all([
    leads.length === 0 ? [] : get('/api/v4/users?limit=250', 'users'),
    batches.read(get),
  ]);
  const [usersById, pipelinesById] = [byId(users), byId(pipelines)];
  const pipeline = pipelinesById.get(BOARD_PIPELINE_ID);
  const contactsById = records.get('contacts');
  const nodes = leads.map((lead) => {
    const status = statusIn(pipelinesById, lead['pipeline_id'], lead['status_id']);
    const company = embedded(lead, 'companies')[0];
    return {
      id: String(lead.id),
      name: String(lead['name']),
      price: typeof lead['price'] === 'number' ? lead['price'] : null,
      status: status === undefined ? null : { id: String(status.id) },
      responsibleUser: named(usersById.get(String(lead['responsible_user_id']))),
      company: company === undefined ? null : named(records.get('companies')?.get(String(company.id))),
      contacts: embedded(lead, 'contacts').flatMap((ref) => {
        const contact = contactsById?.get(String(ref.id));
        return contact === undefined ? [] : [{ name: String(contact['name']), phones: phones(contact) }];
      }),
    };
  });
  return {
    pipeline:
      pipeline === undefined
        ? null
        : {
            name: String(pipeline['name']),
            statuses: embedded(pipeline, 'statuses').map((s) => ({ id: String(s.id), name: String(s.name) })),
          },
    leads: { nodes },
  };
}

/** Starts the floor on an ephemeral port in front of a Kommo (simulator) at `origin`. */
export function startFloorGateway(origin: string, token: string): Promise<ReferenceGateway> {
  return serveGraphQL(async (query) => {
    const get = kommoGet(origin, token);
    return { data: await (/\bevents\s*\(/.test(query) ? timeline(get) : board(get)) };
  });
}
