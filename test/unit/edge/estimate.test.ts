import { getMetadataStorage } from 'type-graphql';
import { NESTED_LIST_ITEMS, TASK_OWNERS_PER_CALL } from '../../../src/edge/cost/assumptions';
import { batchedCalls } from '../../../src/edge/cost/cost-sheet';
import { TooLargeToEstimateError } from '../../../src/edge/cost/estimate';
import { FIELD_COSTS } from '../../../src/edge/cost/field-costs';
import { buildPonteSchema } from '../../../src/schema/build-schema';
import { estimate } from './estimate-helpers';

describe('batchedCalls: K keys over batches of at most perCall keys a call', () => {
  it.each([
    [0, 250, 1, 0],
    [1, 250, 4, 1],
    [100, 250, 4, 4],
    [250, 250, 1, 1],
    [251, 250, 1, 2],
    [3, 1, 1, 3],
    [500, 10, 2, 51],
  ])('%i keys, %i a call, %i batches → %i calls', (keys, perCall, instances, calls) => {
    expect(batchedCalls(keys, perCall, instances)).toBe(calls);
  });
});

describe('the upstream-call estimate', () => {
  it('batches every record type once across a page and reads reference data once per request', async () => {
    // events 1; entity over leads, contacts, companies, tasks 4; users 1; pipelines 1.
    const timeline = `{ events(first: 100) { nodes { entity { ... on Lead { name } } createdBy { name }
      ... on LeadStatusChangedEvent { statusBefore { name } statusAfter { name pipeline { name } } } } } }`;
    expect(await estimate(timeline)).toBe(7);
    // One event has one entity: one call whatever its type.
    expect(await estimate('{ event(id: "1") { entity { ... on Lead { name } } } }')).toBe(2);
  });

  it('counts the pipeline board as its five calls: leads, contacts, companies, users, pipelines', async () => {
    const board = `{ pipeline(id: "1") { statuses { name } } leads(first: 50) { nodes {
      status { name } responsibleUser { name } company { name } contacts { name } } } }`;
    expect(await estimate(board)).toBe(5);
  });

  it('cuts id batches in calls of 250 and bounds nested lists by the documented average', async () => {
    // 250 leads: 250 companies (1 call), 250 × 5 contacts (5 calls).
    expect(NESTED_LIST_ITEMS['Lead.contacts']).toBe(5);
    expect(await estimate('{ leads(first: 250) { nodes { company { id } contacts { id } } } }')).toBe(1 + 1 + 5);
    // A filter by ids bounds the page.
    expect(await estimate('{ leads(first: 250, filter: { ids: ["1", "2"] }) { nodes { contacts { id } } } }')).toBe(2);
  });

  it('makes one batched read of the ids of aliased by-id fields, and none for ids that cannot exist', async () => {
    const aliases = (count: number, id: (i: number) => string) =>
      `{ ${Array.from({ length: count }, (_, i) => `l${i}: lead(id: "${id(i)}") { id }`).join(' ')} }`;
    expect(await estimate(aliases(300, (i) => String(i + 1)))).toBe(2);
    expect(await estimate(aliases(300, () => '7'))).toBe(1);
    expect(await estimate(aliases(3, (i) => `x${i}`))).toBe(0);
  });

  it('reads each WoofedCRM deal with its own GET, once per distinct id', async () => {
    expect(await estimate('{ a: deal(id: "1") { id } b: deal(id: "2") { id } c: deal(id: "1") { id } }')).toBe(2);
    // The deal, its contact's timeline, and the events' deal (the same deal again).
    expect(await estimate('{ deal(id: "1") { events { id deal { name } } } }')).toBe(3);
  });

  it('bounds Lead.events by one call a lead up to first: 10, and one more per batch of ten past it', async () => {
    expect(await estimate('{ lead(id: "1") { events { id } } }')).toBe(2);
    expect(await estimate('{ leads(first: 50) { nodes { events(first: 10) { id } } } }')).toBe(1 + 50);
    expect(await estimate('{ leads(first: 50) { nodes { events(first: 20) { id } } } }')).toBe(1 + 5 + 50);
  });

  it('counts the pages of tasks past 250 and the owners one call carries', async () => {
    const owners = Math.ceil(250 / TASK_OWNERS_PER_CALL);
    const extraPages = Math.floor((250 * (NESTED_LIST_ITEMS['tasks'] ?? 0)) / 250);
    expect(await estimate('{ leads(first: 250) { nodes { tasks { id taskType { name } } } } }')).toBe(
      1 + owners + extraPages + 1,
    );
  });

  it('prices Kommo writes: the validation reads, ⌈n/250⌉ POSTs and one batched read-back', async () => {
    const leads = Array.from({ length: 251 }, (_, i) => ({ name: `Lead ${i}` }));
    expect(await estimate('mutation M($l: [CreateLeadInput!]!) { createLeads(input: $l) { id } }', { l: leads })).toBe(
      2 + 2,
    );
    const linked = [{ name: 'A', contacts: [{ id: '1' }, { id: '2' }], companyId: '3', responsibleUserId: '4' }];
    // users, contacts, companies; one POST; the read-back; the answer's contacts again (forgotten by the write).
    expect(
      await estimate('mutation M($l: [CreateLeadInput!]!) { createLeads(input: $l) { id contacts { id } } }', {
        l: linked,
      }),
    ).toBe(3 + 1 + 1 + 1);
    // The record's existence, one PATCH, the read-back.
    expect(await estimate('mutation { updateLead(input: { id: "1", name: "B" }) { id } }')).toBe(3);
  });

  it('runs mutation root fields one after another: each WoofedCRM send is one POST', async () => {
    const sends = Array.from(
      { length: 3 },
      (_, i) => `n${i}: createDealNote(dealId: "1", input: { content: "x" }) { id deal { id } }`,
    );
    expect(await estimate(`mutation { ${sends.join(' ')} }`)).toBe(6);
  });

  it('resolves federation references in one batched read per type', async () => {
    const representations = [
      { __typename: 'Lead', id: '1' },
      { __typename: 'Lead', id: '2' },
      { __typename: 'Contact', id: 3 },
      { __typename: 'User', id: '4' },
    ];
    const query = 'query R($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { name } } }';
    expect(await estimate(query, { r: representations })).toBe(1 + 1 + 1);
  });

  it('costs nothing for skipped fields and introspection', async () => {
    expect(await estimate('query Q($no: Boolean!) { events @include(if: $no) { nodes { id } } }', { no: false })).toBe(
      0,
    );
    expect(await estimate('{ __schema { types { name } } __typename }')).toBe(0);
  });

  it('refuses to walk an operation whose fragments expand past 20,000 fields', async () => {
    // Each fragment reaches the next one twice: 2^16 leads selections from a few lines of text.
    const fragments = Array.from(
      { length: 16 },
      (_, i) => `fragment F${i} on Lead { contacts { leads { ...F${i + 1} } } company { leads { ...F${i + 1} } } }`,
    ).join('\n');
    const query = `{ leads { nodes { ...F0 } } }\n${fragments.replace(/\.\.\.F16/g, 'id')}`;
    await expect(estimate(query)).rejects.toBeInstanceOf(TooLargeToEstimateError);
  });

  it('has a cost for every resolver of the schema (a new resolver cannot go uncosted)', async () => {
    await buildPonteSchema();
    const storage = getMetadataStorage();
    const resolvers = [
      ...storage.queries.map((query) => `Query.${query.schemaName}`),
      ...storage.mutations.map((mutation) => `Mutation.${mutation.schemaName}`),
      ...storage.fieldResolvers.map((field) => `${field.getObjectType?.().name ?? '?'}.${field.schemaName}`),
      'Query._entities',
      'Query._service',
    ];
    expect(resolvers.filter((name) => FIELD_COSTS[name] === undefined)).toEqual([]);
  });
});
