import { registerEnumType } from 'type-graphql';
import { KommoEntityType } from '../common/entity-type.enum';

/** The record types that have custom fields Ponte serves. */
export enum CustomFieldEntityType {
  LEAD = 'lead',
  CONTACT = 'contact',
  COMPANY = 'company',
}

registerEnumType(CustomFieldEntityType, { name: 'CustomFieldEntityType' });

export const CUSTOM_FIELD_OWNERS: Readonly<Record<CustomFieldEntityType, KommoEntityType>> = {
  [CustomFieldEntityType.LEAD]: KommoEntityType.LEAD,
  [CustomFieldEntityType.CONTACT]: KommoEntityType.CONTACT,
  [CustomFieldEntityType.COMPANY]: KommoEntityType.COMPANY,
};
