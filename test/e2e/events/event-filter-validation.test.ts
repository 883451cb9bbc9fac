import { startHarness, type Harness } from '../../helpers/harness';

const EVENTS = `query Events($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) { nodes { id } }
}`;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.sim.resetRequests());

const tenIds = Array.from({ length: 10 }, (_, i) => String(i + 1));
const elevenIds = [...tenIds, '11'];

/** Each case breaks one rule of seeds 000/001; the message must name it. */
const cases: Array<[string, Record<string, unknown>, string, string]> = [
  [
    'customFieldId with types',
    { filter: { customFieldId: '777', types: ['LEAD_ADDED'] } },
    'filter.customFieldId',
    'Invalid filter.customFieldId: custom_field_{ID}_value_changed must be the only event type: do not combine customFieldId with types.',
  ],
  [
    'value without types',
    { filter: { valueAfter: { value: '155' } } },
    'filter.valueAfter.value',
    'Invalid filter.valueAfter.value: value is only available with types among NPS_RATE_ADDED, SALE_FIELD_CHANGED, NAME_FIELD_CHANGED, LTV_FIELD_CHANGED, CUSTOM_FIELD_VALUE_CHANGED.',
  ],
  [
    'value with another type',
    { filter: { types: ['SALE_FIELD_CHANGED', 'LEAD_ADDED'], valueBefore: { value: '1' } } },
    'filter.valueBefore.value',
    'Invalid filter.valueBefore.value: value is only available with types among NPS_RATE_ADDED, SALE_FIELD_CHANGED, NAME_FIELD_CHANGED, LTV_FIELD_CHANGED, CUSTOM_FIELD_VALUE_CHANGED.',
  ],
  [
    'leadStatuses without LEAD_STATUS_CHANGED',
    { filter: { types: ['LEAD_ADDED'], valueAfter: { leadStatuses: [{ pipelineId: '1', statusId: '2' }] } } },
    'filter.valueAfter.leadStatuses',
    'Invalid filter.valueAfter.leadStatuses: leadStatuses is only available with types: [LEAD_STATUS_CHANGED].',
  ],
  [
    'responsibleUserIds without ENTITY_RESPONSIBLE_CHANGED',
    { filter: { valueAfter: { responsibleUserIds: ['5'] } } },
    'filter.valueAfter.responsibleUserIds',
    'Invalid filter.valueAfter.responsibleUserIds: responsibleUserIds is only available with types: [ENTITY_RESPONSIBLE_CHANGED].',
  ],
  [
    'customFieldEnumIds without customFieldId',
    { filter: { types: ['CUSTOM_FIELD_VALUE_CHANGED'], valueAfter: { customFieldEnumIds: ['145'] } } },
    'filter.valueAfter.customFieldEnumIds',
    'Invalid filter.valueAfter.customFieldEnumIds: customFieldEnumIds is only available with customFieldId.',
  ],
  [
    'eleven entityIds',
    { filter: { entityTypes: ['LEAD'], entityIds: elevenIds } },
    'filter.entityIds',
    'Invalid filter.entityIds: at most 10 ids are allowed, got 11.',
  ],
  [
    'entityIds without an entity type',
    { filter: { entityIds: ['1'] } },
    'filter.entityIds',
    'Invalid filter.entityIds: entityIds requires exactly one entity type in entityTypes.',
  ],
  [
    'entityIds with two entity types',
    { filter: { entityTypes: ['LEAD', 'CONTACT'], entityIds: ['1'] } },
    'filter.entityIds',
    'Invalid filter.entityIds: entityIds requires exactly one entity type in entityTypes.',
  ],
  [
    'eleven createdBy',
    { filter: { createdBy: elevenIds } },
    'filter.createdBy',
    'Invalid filter.createdBy: at most 10 ids are allowed, got 11.',
  ],
  [
    'first above the page limit',
    { first: 101 },
    'first',
    "Invalid first: must be between 1 and 100 (Kommo's page limit), got 101.",
  ],
  ['first below 1', { first: 0 }, 'first', "Invalid first: must be between 1 and 100 (Kommo's page limit), got 0."],
  [
    'a cursor from elsewhere',
    { after: 'bm90LWEtY3Vyc29y' },
    'after',
    'Invalid after: not a cursor issued by this field.',
  ],
  [
    'a non-numeric entity id',
    { filter: { entityTypes: ['LEAD'], entityIds: ['abc'] } },
    'filter.entityIds',
    'Invalid filter.entityIds: "abc" is not a Kommo id (a positive whole number).',
  ],
];

describe('events: every filter rule is BAD_USER_INPUT and sends nothing upstream', () => {
  it.each(cases)('%s', async (_name, variables, field, message) => {
    const result = await harness.query(EVENTS, variables);
    expect(result).toEqual({
      data: null,
      errors: [
        {
          message,
          locations: [{ line: 2, column: 3 }],
          path: ['events'],
          extensions: { code: 'BAD_USER_INPUT', field, problems: [{ field, message }] },
        },
      ],
    });
    expect(harness.sim.requests).toHaveLength(0);
  });

  it('accepts exactly ten entity ids of one type and ten creators', async () => {
    const result = await harness.query(EVENTS, {
      filter: { entityTypes: ['LEAD'], entityIds: tenIds, createdBy: tenIds },
    });
    expect(result.errors).toBeUndefined();
    expect(harness.calls('/api/v4/events')).toBe(1);
  });

  it('treats first: null as the default page size of 50 (CONTRACT: first: Int = 50)', async () => {
    const result = await harness.query<{ events: { nodes: unknown[] } }>(EVENTS, { first: null });
    expect(result.errors).toBeUndefined();
    expect(result.data?.events.nodes).toHaveLength(50);
    expect(harness.sim.requests.map((request) => request.query.get('limit'))).toEqual(['50']);
  });

  it('rejects a malformed DateTime in a variable before resolving', async () => {
    const result = await harness.query(EVENTS, { filter: { createdAt: { from: 'yesterday' } } });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('DateTime must be an ISO-8601 instant');
    expect(harness.sim.requests).toHaveLength(0);
  });
});
