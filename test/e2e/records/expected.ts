import type { KommoRecord, KommoStore } from '../../../src/demo/kommo/store';

/** Expected GraphQL shapes computed from the simulator's raw records, independently of the gateway's mappers. */

export type Raw = KommoRecord;

export function iso(seconds: unknown): string | null {
  return typeof seconds === 'number' && seconds > 0 ? new Date(seconds * 1000).toISOString() : null;
}

export function find(rows: readonly Raw[], id: unknown): Raw {
  const row = rows.find((item) => String(item['id']) === String(id));
  if (row === undefined) throw new Error(`no record ${String(id)}`);
  return row;
}

export function embedded(record: Raw, key: string): Raw[] {
  return (record['_embedded'] as Record<string, Raw[] | undefined> | undefined)?.[key] ?? [];
}

export function linkIds(record: Raw, key: string): string[] {
  return embedded(record, key).map((ref) => String(ref['id']));
}

export function userRef(store: KommoStore, id: unknown): { id: string; name: unknown } | null {
  const user = store.users.find((item) => item['id'] === id);
  return user === undefined ? null : { id: String(user['id']), name: user['name'] };
}

export function statusesOf(store: KommoStore, pipelineId: unknown): Raw[] {
  return embedded(find(store.pipelines, pipelineId), 'statuses');
}

export function tagsOf(record: Raw): unknown[] {
  return embedded(record, 'tags').map((tag) => ({
    id: String(tag['id']),
    name: tag['name'],
    color: tag['color'] ?? null,
  }));
}

type FieldEntry = {
  field_id: number;
  field_name: string;
  field_code: string | null;
  field_type: string;
  values: Raw[];
};

export function fieldEntries(record: Raw): FieldEntry[] {
  return (record['custom_fields_values'] as FieldEntry[] | null) ?? [];
}

/** The values of the field with this code (PHONE, EMAIL). */
export function valuesOfCode(record: Raw, code: string): string[] {
  return fieldEntries(record)
    .filter((entry) => entry.field_code === code)
    .flatMap((entry) => entry.values.map((value) => String(value['value'])));
}

/** Tasks of one record in id order, as Kommo lists them. */
export function tasksOf(store: KommoStore, kind: string, id: unknown): Raw[] {
  return store.tasks
    .filter((task) => task['entity_type'] === kind && task['entity_id'] === id)
    .sort((a, b) => Number(a['id']) - Number(b['id']));
}

/** Ids of rows in Kommo's default order (id ascending). */
export function idsOf(rows: readonly Raw[]): string[] {
  return rows
    .map((row) => Number(row['id']))
    .sort((a, b) => a - b)
    .map(String);
}

/** The rows of an exact number of requests to `path`, as [key, value] pairs. */
export function sentPairs(
  requests: ReadonlyArray<{ path: string; query: URLSearchParams }>,
  path: string,
): Array<Array<[string, string]>> {
  return requests.filter((request) => request.path === path).map((request) => [...request.query]);
}

export function inRange(value: unknown, from: number | undefined, to: number | undefined): boolean {
  return typeof value === 'number' && (from === undefined || value >= from) && (to === undefined || value <= to);
}

export const seconds = (isoText: string): number => Math.floor(Date.parse(isoText) / 1000);
