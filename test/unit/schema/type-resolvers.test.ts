import { type GraphQLAbstractType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { EVENT_CLASSES } from '../../../src/kommo/events/event-classes';
import { buildPonteSchema } from '../../../src/schema/build-schema';
import { Company } from '../../../src/schema/companies/company.type';
import { Contact } from '../../../src/schema/contacts/contact.type';
import { Lead } from '../../../src/schema/leads/lead.type';
import { Task } from '../../../src/schema/tasks/task.type';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPonteSchema();
});

function resolveType(typeName: string, value: unknown): unknown {
  const type = schema.getType(typeName) as GraphQLAbstractType;
  return type.resolveType?.(value, {}, {} as GraphQLResolveInfo, type);
}

describe('interfaces and unions name the type of a value synchronously (no promise per event or entity)', () => {
  it('KommoEvent: every event class is its own type', () => {
    for (const Class of EVENT_CLASSES) expect(resolveType('KommoEvent', new Class())).toBe(Class.name);
  });

  it('KommoEntity: each record class is its member', () => {
    expect(resolveType('KommoEntity', new Lead())).toBe('Lead');
    expect(resolveType('KommoEntity', new Contact())).toBe('Contact');
    expect(resolveType('KommoEntity', new Company())).toBe('Company');
    expect(resolveType('KommoEntity', new Task())).toBe('Task');
    expect(resolveType('KommoEntity', {})).toBeUndefined();
  });
});
