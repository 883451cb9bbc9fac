import { GraphQLError } from 'graphql';
import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';
import { OrderByField, SortDirection } from '../../../src/schema/common/order-by.input';
import { validate, type InputChecks } from '../../../src/schema/common/input-checks';
import * as listArgs from '../../../src/schema/common/list-args.rules';
import * as recordFilter from '../../../src/schema/common/record-filter.rules';
import * as lead from '../../../src/schema/leads/lead.rules';
import * as task from '../../../src/schema/tasks/task.rules';
import type { RecordPath } from '../../../src/kommo/kommo.client';

/** A rule run alone, as a resolver runs it: BAD_USER_INPUT listing its problems. */
const alone =
  <A extends unknown[], T>(rule: (c: InputChecks, ...args: A) => T) =>
  (...args: A): T =>
    validate((c) => rule(c, ...args));
const checkRecordFilter = alone(recordFilter.checkRecordFilter);
const checkLeadFilter = alone(lead.checkLeadFilter);
const checkTaskFilter = alone(task.checkTaskFilter);
const checkOrderBy = alone(listArgs.checkOrderBy);
const checkSearch = alone(listArgs.checkSearch);

const ids = (count: number) => Array.from({ length: count }, (_, i) => String(i + 1));

/** The BAD_USER_INPUT a check throws, as `[field, message]`. */
function rejection(check: () => unknown): [unknown, string] | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    expect(error.extensions['code']).toBe('BAD_USER_INPUT');
    return [error.extensions['field'], error.message];
  }
}

describe('record filters (leads, contacts, companies)', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a non-numeric id',
      { ids: ['12', 'abc'] },
      'filter.ids',
      'Invalid filter.ids: "abc" is not a Kommo id (a positive whole number).',
    ],
    ['251 ids', { ids: ids(251) }, 'filter.ids', 'Invalid filter.ids: at most 250 ids are allowed, got 251.'],
    ['an empty id list', { ids: [] }, 'filter.ids', 'Invalid filter.ids: must not be an empty list (omit it instead).'],
    ['a blank name', { names: ['Ana', ' '] }, 'filter.names', 'Invalid filter.names: names must not be blank.'],
    [
      'an empty name list',
      { names: [] },
      'filter.names',
      'Invalid filter.names: must not be an empty list (omit it instead).',
    ],
    [
      'a zero user id',
      { createdBy: ['0'] },
      'filter.createdBy',
      'Invalid filter.createdBy: "0" is not a Kommo id (a positive whole number).',
    ],
    [
      'an empty updatedBy',
      { updatedBy: [] },
      'filter.updatedBy',
      'Invalid filter.updatedBy: must not be an empty list (omit it instead).',
    ],
    [
      'a negative responsible user',
      { responsibleUserIds: ['-5'] },
      'filter.responsibleUserIds',
      'Invalid filter.responsibleUserIds: "-5" is not a Kommo id (a positive whole number).',
    ],
    [
      'createdAt from after to',
      { createdAt: { from: new Date(2000), to: new Date(1000) } },
      'filter.createdAt',
      'Invalid filter.createdAt: from must not be later than to.',
    ],
    [
      'updatedAt from after to',
      { updatedAt: { from: new Date(2000), to: new Date(1000) } },
      'filter.updatedAt',
      'Invalid filter.updatedAt: from must not be later than to.',
    ],
    [
      'closestTaskAt from after to',
      { closestTaskAt: { from: new Date(2000), to: new Date(1000) } },
      'filter.closestTaskAt',
      'Invalid filter.closestTaskAt: from must not be later than to.',
    ],
  ])('refuses %s', (_name, filter, field, message) => {
    expect(rejection(() => checkRecordFilter(filter))).toEqual([field, message]);
    expect(rejection(() => checkLeadFilter(filter))).toEqual([field, message]);
  });

  it('accepts 250 ids, equal range ends and nulls, and drops the nulls', () => {
    const at = new Date(1000);
    expect(checkRecordFilter({ ids: ids(250), names: null, createdAt: { from: at, to: at } })).toEqual({
      ids: ids(250),
      createdAt: { from: at, to: at },
    });
    expect(checkRecordFilter(null)).toBeUndefined();
  });
});

describe('lead filters', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'price from above to',
      { price: { from: 10, to: 5 } },
      'filter.price',
      'Invalid filter.price: from must not be later than to.',
    ],
    [
      'an empty status list',
      { statuses: [] },
      'filter.statuses',
      'Invalid filter.statuses: must not be an empty list (omit it instead).',
    ],
    [
      'two status pairs',
      {
        statuses: [
          { pipelineId: '7000001', statusId: '142' },
          { pipelineId: '7000001', statusId: '143' },
        ],
      },
      'filter.statuses',
      'Invalid filter.statuses: Kommo filters leads by one status within one pipeline only, got 2 (query each status separately).',
    ],
    [
      'a non-numeric status',
      { statuses: [{ pipelineId: '7000001', statusId: 'won' }] },
      'filter.statuses',
      'Invalid filter.statuses: "won" is not a Kommo id (a positive whole number).',
    ],
    [
      'a non-numeric pipeline',
      { pipelineIds: ['sales'] },
      'filter.pipelineIds',
      'Invalid filter.pipelineIds: "sales" is not a Kommo id (a positive whole number).',
    ],
    [
      'closedAt from after to',
      { closedAt: { from: new Date(2000), to: new Date(1000) } },
      'filter.closedAt',
      'Invalid filter.closedAt: from must not be later than to.',
    ],
  ])('refuses %s', (_name, filter, field, message) => {
    expect(rejection(() => checkLeadFilter(filter))).toEqual([field, message]);
  });

  it('accepts an open price range', () => {
    expect(checkLeadFilter({ price: { from: 100, to: null } })).toEqual({ price: { from: 100, to: null } });
  });
});

describe('task filters', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'entityIds without entityType',
      { entityIds: ['1'] },
      'filter.entityIds',
      'Invalid filter.entityIds: entityIds requires entityType.',
    ],
    [
      '251 entityIds',
      { entityType: KommoEntityType.LEAD, entityIds: ids(251) },
      'filter.entityIds',
      'Invalid filter.entityIds: at most 250 ids are allowed, got 251.',
    ],
    [
      'tasks of tasks',
      { entityType: KommoEntityType.TASK },
      'filter.entityType',
      'Invalid filter.entityType: tasks belong to a LEAD, CONTACT, COMPANY or CUSTOMER.',
    ],
    [
      'a non-numeric task type',
      { taskTypeIds: ['call'] },
      'filter.taskTypeIds',
      'Invalid filter.taskTypeIds: "call" is not a Kommo id (a positive whole number).',
    ],
    ['an empty id list', { ids: [] }, 'filter.ids', 'Invalid filter.ids: must not be an empty list (omit it instead).'],
    [
      'updatedAt from after to',
      { updatedAt: { from: new Date(2000), to: new Date(1000) } },
      'filter.updatedAt',
      'Invalid filter.updatedAt: from must not be later than to.',
    ],
  ])('refuses %s', (_name, filter, field, message) => {
    expect(rejection(() => checkTaskFilter(filter))).toEqual([field, message]);
  });

  it('keeps isCompleted false', () => {
    expect(checkTaskFilter({ isCompleted: false, entityType: KommoEntityType.CUSTOMER })).toEqual({
      isCompleted: false,
      entityType: KommoEntityType.CUSTOMER,
    });
  });
});

describe('orderBy per entity and query', () => {
  it.each<[RecordPath, OrderByField[], OrderByField[]]>([
    ['leads', [OrderByField.ID, OrderByField.CREATED_AT, OrderByField.UPDATED_AT], [OrderByField.COMPLETE_TILL]],
    ['contacts', [OrderByField.ID, OrderByField.UPDATED_AT], [OrderByField.CREATED_AT, OrderByField.COMPLETE_TILL]],
    ['companies', [OrderByField.ID, OrderByField.CREATED_AT, OrderByField.UPDATED_AT], [OrderByField.COMPLETE_TILL]],
    ['tasks', [OrderByField.ID, OrderByField.CREATED_AT, OrderByField.COMPLETE_TILL], [OrderByField.UPDATED_AT]],
  ])('%s', (entity, allowed, refused) => {
    for (const field of allowed)
      expect(checkOrderBy(entity, { field, direction: SortDirection.DESC })).toEqual({ field, direction: 'desc' });
    for (const field of refused) {
      const [, message] = rejection(() => checkOrderBy(entity, { field, direction: SortDirection.ASC })) ?? [];
      expect(message).toBe(
        `Invalid orderBy.field: ${entity} can be ordered by ${allowed.map((f) => f.toUpperCase()).join(', ')}, not ${field.toUpperCase()}.`,
      );
    }
  });

  it('refuses a blank query and passes others through', () => {
    expect(rejection(() => checkSearch('  '))).toEqual([
      'query',
      'Invalid query: must not be blank (omit it instead).',
    ]);
    expect(checkSearch(' ana ')).toBe(' ana ');
    expect(checkSearch(null)).toBeUndefined();
  });
});
