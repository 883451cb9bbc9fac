import { startHarness, type Harness } from '../../helpers/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.sim.resetRequests();
  harness.woofed.resetRequests();
});

/** The problems of a refused request, as `[field, message]`. */
function problemsOf(result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }): unknown {
  const [error] = result.errors ?? [];
  const problems = error?.extensions?.['problems'] as Array<{ field: string; message: string }> | undefined;
  return problems?.map(({ field, message }) => [field, message]);
}

describe('one BAD_USER_INPUT lists every problem of the arguments, and nothing is sent upstream', () => {
  it('events: page size, filter and cursor together', async () => {
    const result = await harness.query(
      'query($f: EventFilter) { events(filter: $f, first: 0, after: "bm90LWEtY3Vyc29y") { nodes { id } } }',
      { f: { entityIds: ['1'], createdBy: ['x'], valueAfter: { value: '1' } } },
    );
    expect(result.errors?.[0]?.message).toBe(
      "Invalid first: must be between 1 and 100 (Kommo's page limit), got 0. (and 4 more problems: see extensions.problems)",
    );
    expect(problemsOf(result)).toEqual([
      ['first', "Invalid first: must be between 1 and 100 (Kommo's page limit), got 0."],
      ['filter.entityIds', 'Invalid filter.entityIds: entityIds requires exactly one entity type in entityTypes.'],
      ['filter.createdBy', 'Invalid filter.createdBy: "x" is not a Kommo id (a positive whole number).'],
      [
        'filter.valueAfter.value',
        'Invalid filter.valueAfter.value: value is only available with types among NPS_RATE_ADDED, SALE_FIELD_CHANGED, NAME_FIELD_CHANGED, LTV_FIELD_CHANGED, CUSTOM_FIELD_VALUE_CHANGED.',
      ],
      ['after', 'Invalid after: not a cursor issued by this field.'],
    ]);
    expect(harness.sim.requests).toEqual([]);
  });

  it('an empty list is reported once, not again through the rules that depend on it', async () => {
    const result = await harness.query('query($f: EventFilter) { events(filter: $f) { nodes { id } } }', {
      f: { types: [], entityTypes: [], entityIds: ['1'], valueAfter: { value: '1' } },
    });
    expect(problemsOf(result)).toEqual([
      ['filter.types', 'Invalid filter.types: must not be an empty list (omit it instead).'],
      ['filter.entityTypes', 'Invalid filter.entityTypes: must not be an empty list (omit it instead).'],
    ]);
    expect(harness.sim.requests).toEqual([]);
  });

  it('leads: filter, query, orderBy and first together', async () => {
    const result = await harness.query(
      '{ leads(filter: { ids: [], price: { from: 5, to: 1 } }, query: " ", orderBy: { field: COMPLETE_TILL }, first: 251) { nodes { id } } }',
    );
    expect(problemsOf(result)).toEqual([
      ['filter.ids', 'Invalid filter.ids: must not be an empty list (omit it instead).'],
      ['filter.price', 'Invalid filter.price: from must not be later than to.'],
      ['query', 'Invalid query: must not be blank (omit it instead).'],
      ['first', "Invalid first: must be between 1 and 250 (Kommo's page limit), got 251."],
      [
        'orderBy.field',
        'Invalid orderBy.field: leads can be ordered by ID, CREATED_AT, UPDATED_AT, not COMPLETE_TILL.',
      ],
    ]);
    expect(harness.sim.requests).toEqual([]);
  });

  it('a WoofedCRM message: ids, inbox, content and key together', async () => {
    const result = await harness.query(
      'mutation($input: ChatwootMessageInput!) { sendChatwootMessage(dealId: "12abc", input: $input) { id } }',
      { input: { appId: '0', inboxId: 'inbox-1', content: ' ', idempotencyKey: '' } },
    );
    expect(problemsOf(result)).toEqual([
      ['dealId', 'Invalid dealId: "12abc" is not a WoofedCRM id (a positive whole number such as "12").'],
      ['input.appId', 'Invalid input.appId: "0" is not a WoofedCRM id (a positive whole number such as "12").'],
      [
        'input.inboxId',
        'Invalid input.inboxId: "inbox-1" is not a Chatwoot inbox id (a positive whole number such as "62483").',
      ],
      ['input.content', 'Invalid input.content: must not be blank.'],
      ['input.idempotencyKey', 'Invalid input.idempotencyKey: must not be blank (omit it to send without one).'],
    ]);
    expect(harness.woofed.requests).toEqual([]);
  });
});
