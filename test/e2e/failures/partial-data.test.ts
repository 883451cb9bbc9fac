import { print } from 'graphql';
import { PipelineBoardDocument } from '../../../examples/__generated__/operations';
import { startHarness, type GraphQLResult, type Harness } from '../../helpers/harness';

/** The board of examples/pipeline-board.graphql with each card's tasks: one call per nested list. */
const BOARD_WITH_TASKS = print(PipelineBoardDocument).replace('updatedAt', 'updatedAt\n      tasks { id }');
const SALES = '7000001';

interface Card {
  id: string;
  contacts: unknown[] | null;
  company: unknown;
  tasks: unknown[] | null;
}
interface Board {
  pipeline: { statuses: unknown[] } | null;
  leads: { nodes: Card[] };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.sim.resetRequests());

const board = (): Promise<GraphQLResult<Board>> => h.query<Board>(BOARD_WITH_TASKS, { pipelineId: SALES });

const EVERY_CALL = [
  '/api/v4/companies',
  '/api/v4/contacts',
  '/api/v4/leads',
  '/api/v4/leads/pipelines',
  '/api/v4/tasks',
  '/api/v4/users',
];

describe('a failing nested list nulls that field alone (the board, 50 leads)', () => {
  let healthy: Board;
  beforeAll(async () => {
    const result = await board();
    expect(result.errors).toBeUndefined();
    healthy = result.data as Board;
    expect(healthy.leads.nodes).toHaveLength(50);
  });

  it.each([
    { field: 'contacts' as const, path: '/api/v4/contacts' },
    { field: 'company' as const, path: '/api/v4/companies' },
    { field: 'tasks' as const, path: '/api/v4/tasks' },
  ])('a 500 on every attempt of the $field call', async ({ field, path }) => {
    h.sim.injectFault({ pathPrefix: path, status: 500, json: { title: 'ErrInternalServer', status: 500 }, times: 4 });
    const result = await board();

    const failed = healthy.leads.nodes
      .map((card, index) => ({ card, index }))
      .filter(({ card }) => needsCall(card, field));
    expect(failed.length).toBeGreaterThan(10);
    const expectedNodes = healthy.leads.nodes.map((card) =>
      needsCall(card, field) ? { ...card, [field]: null } : card,
    );
    expect(result.data).toEqual({ ...healthy, leads: { ...healthy.leads, nodes: expectedNodes } });
    // One upstream call failed (four attempts): one error, at the first field that waited on it.
    expect(result.errors).toEqual([
      {
        message: expect.any(String),
        locations: expect.any(Array),
        path: ['leads', 'nodes', failed[0]?.index, field],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: 'kommo', status: 500 },
      },
    ]);
    expect(h.calls(path)).toBe(4);
    expect(EVERY_CALL.filter((other) => other !== path).map((other) => h.calls(other))).toEqual([1, 1, 1, 1, 1]);
  });
});

/** Whether the card's field needed the upstream call (a lead without a company or contacts asks nothing). */
function needsCall(card: Card, field: 'contacts' | 'company' | 'tasks'): boolean {
  if (field === 'company') return card.company !== null;
  if (field === 'contacts') return (card.contacts ?? []).length > 0;
  return true;
}
