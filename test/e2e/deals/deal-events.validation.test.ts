import { MAX_IDEMPOTENCY_KEY_LENGTH } from '../../../src/schema/deals/deal-input.rules';
import { HOUR_MS, NOW, startDealHarness, type DealHarness } from './deal-harness';

let h: DealHarness;
beforeAll(async () => {
  h = await startDealHarness();
});
afterAll(() => h.close());
beforeEach(() => h.woofed.resetRequests());

type Mutation = 'createDealNote' | 'createDealActivity' | 'sendChatwootMessage' | 'sendWhatsappMessage';
const INPUT_TYPES: Record<Mutation, string> = {
  createDealNote: 'DealNoteInput',
  createDealActivity: 'DealActivityInput',
  sendChatwootMessage: 'ChatwootMessageInput',
  sendWhatsappMessage: 'WhatsappMessageInput',
};
const VALID: Record<Mutation, Record<string, unknown>> = {
  createDealNote: { content: 'Nota' },
  createDealActivity: { title: 'Ligar', scheduledAt: new Date(NOW.getTime() + HOUR_MS).toISOString() },
  sendChatwootMessage: { appId: '1', inboxId: '62483', content: 'Olá' },
  sendWhatsappMessage: { appId: '2', content: 'Olá' },
};

function documentFor(mutation: Mutation): { query: string; column: number } {
  const query = `mutation($dealId: ID!, $input: ${INPUT_TYPES[mutation]}!) { ${mutation}(dealId: $dealId, input: $input) { id } }`;
  return { query, column: query.indexOf(mutation, 20) + 1 };
}

const ONE_MS_AGO = new Date(NOW.getTime() - 1).toISOString();
const NOW_TEXT = NOW.toISOString();
const LONG_KEY = 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1);

/** [mutation, dealId, input changes, field, message]. */
const CASES: Array<[Mutation, string, Record<string, unknown>, string, string]> = [
  ['createDealNote', '1', { content: '' }, 'input.content', 'Invalid input.content: must not be blank.'],
  ['createDealNote', '1', { content: ' \n\t ' }, 'input.content', 'Invalid input.content: must not be blank.'],
  [
    'createDealNote',
    '12abc',
    {},
    'dealId',
    'Invalid dealId: "12abc" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  [
    'createDealNote',
    'abc',
    {},
    'dealId',
    'Invalid dealId: "abc" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  [
    'createDealNote',
    '0',
    {},
    'dealId',
    'Invalid dealId: "0" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  [
    'createDealNote',
    '-3',
    {},
    'dealId',
    'Invalid dealId: "-3" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  [
    'createDealNote',
    ' 1',
    {},
    'dealId',
    'Invalid dealId: " 1" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  [
    'createDealNote',
    '',
    {},
    'dealId',
    'Invalid dealId: "" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  [
    'createDealNote',
    '1.5',
    {},
    'dealId',
    'Invalid dealId: "1.5" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  [
    'createDealNote',
    '99999999999999999999',
    {},
    'dealId',
    'Invalid dealId: "99999999999999999999" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  ['createDealActivity', '1', { title: '  ' }, 'input.title', 'Invalid input.title: must not be blank.'],
  [
    'createDealActivity',
    '1',
    { content: '' },
    'input.content',
    'Invalid input.content: must not be blank (omit it instead).',
  ],
  [
    'createDealActivity',
    '1',
    { scheduledAt: ONE_MS_AGO },
    'input.scheduledAt',
    `Invalid input.scheduledAt: must be in the future (got ${ONE_MS_AGO}, now is ${NOW_TEXT}); set done: true to log an activity that already happened.`,
  ],
  [
    'createDealActivity',
    '1',
    { scheduledAt: NOW_TEXT, done: false },
    'input.scheduledAt',
    `Invalid input.scheduledAt: must be in the future (got ${NOW_TEXT}, now is ${NOW_TEXT}); set done: true to log an activity that already happened.`,
  ],
  ['sendChatwootMessage', '1', { inboxId: '' }, 'input.inboxId', 'Invalid input.inboxId: must not be blank.'],
  ['sendChatwootMessage', '1', { inboxId: '   ' }, 'input.inboxId', 'Invalid input.inboxId: must not be blank.'],
  [
    'sendChatwootMessage',
    '1',
    { inboxId: 'inbox-1' },
    'input.inboxId',
    'Invalid input.inboxId: "inbox-1" is not a Chatwoot inbox id (a positive whole number such as "62483").',
  ],
  [
    'sendChatwootMessage',
    '1',
    { appId: '0' },
    'input.appId',
    'Invalid input.appId: "0" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  [
    'sendChatwootMessage',
    '1',
    { appId: '1x' },
    'input.appId',
    'Invalid input.appId: "1x" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  ['sendChatwootMessage', '1', { content: '\n' }, 'input.content', 'Invalid input.content: must not be blank.'],
  [
    'sendChatwootMessage',
    '1',
    { scheduledAt: '2025-03-10T12:00:00.122-03:00' },
    'input.scheduledAt',
    `Invalid input.scheduledAt: must be in the future (got ${ONE_MS_AGO}, now is ${NOW_TEXT}); omit scheduledAt to send the message now.`,
  ],
  [
    'sendChatwootMessage',
    '1',
    { idempotencyKey: '' },
    'input.idempotencyKey',
    'Invalid input.idempotencyKey: must not be blank (omit it to send without one).',
  ],
  [
    'sendChatwootMessage',
    '1',
    { idempotencyKey: LONG_KEY },
    'input.idempotencyKey',
    `Invalid input.idempotencyKey: must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters, got ${MAX_IDEMPOTENCY_KEY_LENGTH + 1}.`,
  ],
  [
    'sendWhatsappMessage',
    'x1',
    {},
    'dealId',
    'Invalid dealId: "x1" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  [
    'sendWhatsappMessage',
    '1',
    { appId: '-2' },
    'input.appId',
    'Invalid input.appId: "-2" is not a WoofedCRM id (a positive whole number such as "12").',
  ],
  ['sendWhatsappMessage', '1', { content: '' }, 'input.content', 'Invalid input.content: must not be blank.'],
  [
    'sendWhatsappMessage',
    '1',
    { scheduledAt: NOW_TEXT },
    'input.scheduledAt',
    `Invalid input.scheduledAt: must be in the future (got ${NOW_TEXT}, now is ${NOW_TEXT}); omit scheduledAt to send the message now.`,
  ],
  [
    'sendWhatsappMessage',
    '1',
    { idempotencyKey: ' ' },
    'input.idempotencyKey',
    'Invalid input.idempotencyKey: must not be blank (omit it to send without one).',
  ],
];

describe('invalid input is BAD_USER_INPUT naming the field, and WoofedCRM is never called', () => {
  it.each(CASES)('%s(dealId: %j, %j) → %s', async (mutation, dealId, changes, field, message) => {
    const { query, column } = documentFor(mutation);
    const result = await h.query(query, { dealId, input: { ...VALID[mutation], ...changes } });
    expect(result).toEqual({
      data: null,
      errors: [
        {
          message,
          locations: [{ line: 1, column }],
          path: [mutation],
          extensions: { code: 'BAD_USER_INPUT', field, problems: [{ field, message }] },
        },
      ],
    });
    expect(h.woofed.requests).toHaveLength(0);
  });

  it.each([
    ['sendWhatsappMessage', 'tomorrow'],
    ['sendChatwootMessage', '2025-03-10 15:00'],
    ['createDealActivity', '2025-03-11T10:00:00'],
  ] as const)(
    '%s with a malformed scheduledAt (%j) is refused by the DateTime scalar',
    async (mutation, scheduledAt) => {
      const { query } = documentFor(mutation);
      const result = await h.query(query, { dealId: '1', input: { ...VALID[mutation], scheduledAt } });
      // The error points at the $input variable definition.
      expect(result).toEqual({
        errors: [
          {
            message: `Variable "$input" got invalid value "${scheduledAt}" at "input.scheduledAt"; DateTime must be an ISO-8601 instant with an offset, e.g. 2026-01-31T09:30:00Z`,
            locations: [{ line: 1, column: query.indexOf('$input') + 1 }],
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
      expect(h.woofed.requests).toHaveLength(0);
    },
  );

  it('a required field left out is refused by GraphQL itself (inboxId for Chatwoot, scheduledAt for an activity)', async () => {
    for (const mutation of ['sendChatwootMessage', 'createDealActivity'] as const) {
      const { inboxId: _inboxId, scheduledAt: _scheduledAt, ...rest } = VALID[mutation];
      const result = await h.query(documentFor(mutation).query, { dealId: '1', input: rest });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(
        /Field "(inboxId|scheduledAt)" of required type "(String|DateTime)!" was not provided/,
      );
    }
    expect(h.woofed.requests).toHaveLength(0);
  });

  it('the valid baseline of each mutation does reach WoofedCRM (so the cases above fail for their own reason)', async () => {
    for (const mutation of Object.keys(VALID) as Mutation[]) {
      const result = await h.query(documentFor(mutation).query, { dealId: '1', input: VALID[mutation] });
      expect(result.errors).toBeUndefined();
    }
    expect(h.woofed.count('/api/v1/accounts/1/deals/1/events', 'POST')).toBe(4);
  });
});
