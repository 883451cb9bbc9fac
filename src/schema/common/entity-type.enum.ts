import { registerEnumType } from 'type-graphql';

export enum KommoEntityType {
  LEAD = 'lead',
  CONTACT = 'contact',
  COMPANY = 'company',
  CUSTOMER = 'customer',
  TASK = 'task',
}

registerEnumType(KommoEntityType, {
  name: 'KommoEntityType',
  description: 'The kinds of Kommo records that events and links refer to.',
});

const BY_UPSTREAM_NAME = new Map<string, KommoEntityType>([
  ['lead', KommoEntityType.LEAD],
  ['leads', KommoEntityType.LEAD],
  ['contact', KommoEntityType.CONTACT],
  ['contacts', KommoEntityType.CONTACT],
  ['company', KommoEntityType.COMPANY],
  ['companies', KommoEntityType.COMPANY],
  ['customer', KommoEntityType.CUSTOMER],
  ['customers', KommoEntityType.CUSTOMER],
  ['task', KommoEntityType.TASK],
  ['tasks', KommoEntityType.TASK],
]);

/** Kommo spells entity types singular in events and plural in tasks and URLs; both map here. */
export function entityTypeFromUpstream(value: unknown): KommoEntityType | undefined {
  return typeof value === 'string' ? BY_UPSTREAM_NAME.get(value) : undefined;
}
