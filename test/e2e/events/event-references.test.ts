import { byId, entityRows, eventsNewestFirst, expectedTypename } from '../../helpers/kommo-expectations';
import { startHarness, type Harness } from '../../helpers/harness';

/** Every typed reference of every concrete type, for a whole page. */
const PAGE = `query Page($after: String) {
  events(first: 100, after: $after) {
    nodes {
      __typename id type entityType entityId
      entity { __typename }
      ... on NoteEvent { noteId note { id noteType } }
      ... on LeadStatusChangedEvent { statusBefore { id pipeline { id } } statusAfter { id pipeline { id } } }
      ... on ResponsibleChangedEvent { responsibleBefore { id } responsibleAfter { id } }
      ... on TaskTypeChangedEvent { taskTypeBefore { id code } taskTypeAfter { id code } }
      ... on CustomFieldValueChangedEvent { fieldId field { id name } valuesAfter { enumId text } }
      ... on LinkEvent { linked { entityType entityId entity { __typename } } unlinked { entityType entityId entity { __typename } } }
      ... on TagsChangedEvent { tagsBefore tagsAfter }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Node = Record<string, unknown> & {
  __typename: string;
  id: string;
  type: string;
  entityType: string;
  entityId: string;
};
interface Page {
  events: { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

let harness: Harness;
const nodes: Node[] = [];
const callsPerPage: Array<{ calls: Map<string, number>; taskNotes: boolean }> = [];

beforeAll(async () => {
  harness = await startHarness();
  let after: string | null = null;
  for (let page = 0; page < 10; page += 1) {
    harness.sim.resetRequests();
    const result: Awaited<ReturnType<typeof harness.query<Page>>> = await harness.query<Page>(
      PAGE,
      after === null ? {} : { after },
    );
    expect(result.errors).toBeUndefined();
    nodes.push(...(result.data?.events.nodes ?? []));
    const calls = new Map<string, number>();
    for (const request of harness.sim.requests) calls.set(request.path, (calls.get(request.path) ?? 0) + 1);
    const pageNodes = result.data?.events.nodes ?? [];
    callsPerPage.push({
      calls,
      taskNotes: pageNodes.some((node) => node.__typename === 'NoteEvent' && node.entityType === 'TASK'),
    });
    if (!result.data?.events.pageInfo.hasNextPage) break;
    after = result.data.events.pageInfo.endCursor;
  }
});
afterAll(() => harness.close());

describe('every seeded event, resolved through batched references', () => {
  it('returns every event as the GraphQL type of CONTRACT §3.1', () => {
    const raw = eventsNewestFirst(harness.sim.store);
    expect(nodes.map((node) => [node.id, node.__typename])).toEqual(
      raw.map((event) => [event['id'], expectedTypename(String(event['type']))]),
    );
    expect(new Set(nodes.map((node) => node.__typename)).size).toBe(17);
  });

  it('calls each endpoint once per page (notes twice only when a task result needs its task first)', () => {
    for (const { calls, taskNotes } of callsPerPage) {
      for (const [path, count] of calls) {
        const allowed = taskNotes && path.endsWith('/notes') ? 2 : 1;
        expect([path, count <= allowed]).toEqual([path, true]);
      }
    }
    expect(callsPerPage.some((page) => page.taskNotes)).toBe(true);
  });

  it('resolves every reference that exists upstream', () => {
    const { store } = harness.sim;
    const missing: string[] = [];
    const need = (node: Node, field: string, ok: boolean): void => {
      if (!ok) missing.push(`${node.type} ${node.id}: ${field}`);
    };
    for (const node of nodes) {
      const rows = entityRows(store, node.entityType.toLowerCase());
      const exists = rows !== undefined && byId(rows, node.entityId) !== undefined;
      need(node, 'entity', (node['entity'] !== null) === exists);
      if (node.__typename === 'NoteEvent' && exists) need(node, 'note', node['note'] !== null);
      if (node.__typename === 'LeadStatusChangedEvent') need(node, 'statusAfter', node['statusAfter'] !== null);
      if (node.__typename === 'ResponsibleChangedEvent')
        need(node, 'responsibleAfter', node['responsibleAfter'] !== null);
      if (node.__typename === 'TaskTypeChangedEvent')
        need(node, 'taskTypes', node['taskTypeBefore'] !== null && node['taskTypeAfter'] !== null);
      if (node.__typename === 'CustomFieldValueChangedEvent') need(node, 'field', node['field'] !== null);
      if (node.__typename === 'LinkEvent') {
        const refs = [...(node['linked'] as Node[]), ...(node['unlinked'] as Node[])];
        need(node, 'linked/unlinked', refs.length > 0 && refs.every((ref) => ref['entity'] !== null));
      }
    }
    expect(missing).toEqual([]);
  });
});
