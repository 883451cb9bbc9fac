import type { KommoSimulator } from '../../../src/demo/kommo';
import type { GraphQLResult } from '../../helpers/harness';

/** The timeline a frontend polls (bench/queries.ts TIMELINE), with the names of every entity type. */
export const TIMELINE = `query Timeline {
  events(first: 100) {
    nodes {
      id type entityType entityId
      entity { ... on Lead { name } ... on Contact { name } ... on Company { name } }
      createdBy { name }
      ... on LeadStatusChangedEvent { statusAfter { name pipeline { name } } }
    }
  }
}`;

export interface TimelineData {
  events: { nodes: Array<{ entityType: string; entityId: string; entity: { name?: string } | null }> };
}
type Timeline = GraphQLResult<TimelineData>;

const RECORDS = ['/api/v4/leads', '/api/v4/contacts', '/api/v4/companies', '/api/v4/tasks'];

/** The record calls the simulator received since its last reset, as `path ids`. */
export function recordCalls(sim: KommoSimulator): string[] {
  return sim.requests
    .filter((r) => RECORDS.includes(r.path))
    .map((r) => `${r.path} ${r.query.getAll('filter[id][]').join(',')}`);
}

/** The paths of those calls, sorted. */
export const pathsOf = (calls: string[]): string[] => calls.map((call) => call.split(' ')[0] ?? '').sort();

export function leadIdsIn(answer: Timeline): number[] {
  const nodes = answer.data?.events.nodes ?? [];
  return [...new Set(nodes.filter((n) => n.entityType === 'LEAD').map((n) => Number(n.entityId)))];
}

export function leadNameIn(answer: Timeline, leadId: number): string | undefined {
  return answer.data?.events.nodes.find((n) => n.entityId === String(leadId))?.entity?.name;
}
