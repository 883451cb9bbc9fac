import type { DocumentNode } from 'graphql';
import {
  CreateLeadFromFormDocument,
  DealTimelineDocument,
  EventDetailsDocument,
  FindDealsByContactDocument,
  LeadPageDocument,
  LogCallNoteDocument,
  PipelineBoardDocument,
  ScheduleWhatsappFollowUpDocument,
  SendChatwootMessageNowDocument,
  TimelineDocument,
} from '../../../examples/__generated__/operations';
import { DEFAULT_LIMITS } from '../../../src/config/edge';
import { loadManifest } from '../../../src/edge/persisted-operations';
import { CUSTOM_FIELD_IDS, PIPELINE_IDS, USER_IDS, type KommoStore } from '../../../src/demo/kommo';
import { CHATWOOT_APP_ID, EVOLUTION_APP_ID } from '../../../src/demo/woofed';
import { startHarness, type Harness } from '../../helpers/harness';
import { expectedTypename } from '../../helpers/kommo-expectations';
import { fieldEntries, linkIds, tasksOf } from '../records/expected';

/**
 * Every operation of examples/, run through the edge with its default limits: the run-time count
 * (`extensions.cost.upstreamCalls`) equals what the simulators received, the estimate is never
 * below it, and it stays within MAX_UPSTREAM_CALLS with room (at most half of it).
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

interface Case {
  document: DocumentNode;
  variables: (store: KommoStore) => Record<string, unknown>;
  /** The estimate, and the calls the simulators count for this data. */
  cost: [estimated: number, real: number];
}

const HOUR = 3_600_000;

/** A lead with contacts, a company, custom fields, tasks and history: every section of the lead page costs its call. */
function fullLead(store: KommoStore): string {
  const lead = store.leads.find(
    (row) =>
      linkIds(row, 'contacts').length > 1 &&
      linkIds(row, 'companies').length === 1 &&
      fieldEntries(row).length > 0 &&
      tasksOf(store, 'leads', row['id']).length > 0 &&
      store.events.some((event) => event['entity_type'] === 'lead' && event['entity_id'] === row['id']),
  );
  return String(lead?.id);
}

const CASES: Record<string, Case> = {
  'timeline.graphql Timeline': { document: TimelineDocument, variables: () => ({}), cost: [7, 7] },
  'pipeline-board.graphql PipelineBoard': {
    document: PipelineBoardDocument,
    variables: () => ({ pipelineId: String(PIPELINE_IDS.sales) }),
    cost: [5, 5],
  },
  'lead-page.graphql LeadPage': {
    document: LeadPageDocument,
    variables: (store) => ({ id: fullLead(store) }),
    cost: [10, 9],
  },
  'create-lead.graphql CreateLeadFromForm': {
    document: CreateLeadFromFormDocument,
    variables: (store) => ({
      lead: {
        name: 'Website form: Starter kit',
        pipelineId: String(PIPELINE_IDS.sales),
        responsibleUserId: String(USER_IDS.bruno),
        contacts: [{ id: String(store.contacts[0]?.id) }, { id: String(store.contacts[1]?.id), isMain: true }],
        companyId: String(store.companies[4]?.id),
        tagsToAdd: [{ name: 'webinar' }],
        customFieldsValues: [{ fieldId: String(CUSTOM_FIELD_IDS.leadSource), values: [{ text: 'Website' }] }],
      },
    }),
    cost: [9, 9],
  },
  'deal-events.graphql LogCallNote': {
    document: LogCallNoteDocument,
    variables: () => ({ dealId: '6', content: 'Cliente pediu desconto de 5%.' }),
    cost: [1, 1],
  },
  'deal-events.graphql ScheduleWhatsappFollowUp': {
    document: ScheduleWhatsappFollowUpDocument,
    variables: () => ({
      dealId: '1',
      appId: String(EVOLUTION_APP_ID),
      content: 'Bom dia! Podemos falar amanhã?',
      at: new Date(Date.now() + 24 * HOUR).toISOString(),
    }),
    cost: [2, 2],
  },
  'deal-events.graphql SendChatwootMessageNow': {
    document: SendChatwootMessageNowDocument,
    variables: () => ({ dealId: '3', appId: String(CHATWOOT_APP_ID), inboxId: '62484', content: 'Olá!' }),
    cost: [1, 1],
  },
  'find-deal.graphql FindDealsByContact': {
    document: FindDealsByContactDocument,
    variables: () => ({ page: 1 }),
    cost: [11, 11],
  },
  'deal-events.graphql DealTimeline': { document: DealTimelineDocument, variables: () => ({ id: '1' }), cost: [2, 2] },
};

async function run(document: Case['document'], variables: Record<string, unknown>) {
  h.sim.resetRequests();
  h.woofed.resetRequests();
  const result = await h.query(document, variables);
  expect(result.errors).toBeUndefined();
  const cost = h.cost();
  const received = h.sim.requests.length + h.woofed.requests.length;
  expect(cost?.upstreamCalls).toBe(received);
  expect(cost?.estimatedUpstreamCalls).toBeGreaterThanOrEqual(received);
  expect((cost?.estimatedUpstreamCalls ?? Infinity) * 2).toBeLessThanOrEqual(DEFAULT_LIMITS.maxUpstreamCalls);
  return [cost?.estimatedUpstreamCalls, received];
}

describe('the cost of every example operation', () => {
  it.each(Object.entries(CASES))('%s', async (_name, { document, variables, cost }) => {
    expect(await run(document, variables(h.sim.store))).toEqual(cost);
  });

  // Subscriptions run over WebSocket and cost per event, not per request: test/e2e/live covers them.
  it('covers every query and mutation of examples/ (the persisted-operations manifest lists them all)', () => {
    const tested = [...Object.keys(CASES).map((name) => name.split(' ')[1]), 'EventDetails'];
    const examples = [...loadManifest('schema/persisted-operations.json').values()]
      .filter((document) => !document.startsWith('subscription'))
      .map((document) => /(?:query|mutation) (\w+)/.exec(document)?.[1]);
    expect(tested.sort()).toEqual(examples.sort());
  });

  /** One event of each concrete type the seed has: the estimate holds whichever type an event turns out to be. */
  it('EventDetails (event-details.graphql) for one event of every type', async () => {
    const byType = new Map<string, string>();
    for (const event of h.sim.store.events) {
      const typename = expectedTypename(String(event['type']));
      if (!byType.has(typename)) byType.set(typename, String(event['id']));
    }
    expect(byType.size).toBeGreaterThanOrEqual(15);
    for (const id of byType.values()) {
      const [estimated, received] = await run(EventDetailsDocument, { id });
      expect(estimated).toBe(9);
      expect(received).toBeLessThanOrEqual(4);
    }
  });
});
