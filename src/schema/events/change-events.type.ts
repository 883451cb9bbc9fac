import { Field, Float, ID, ObjectType } from 'type-graphql';
import { CustomFieldEventValue, EntityRef } from './event-values.type';
import { KommoEvent } from './kommo-event.interface';

/** A pipeline/status pair as a lead_status_changed payload names it. */
export interface StatusRef {
  pipelineId: string;
  statusId: string;
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent, description: 'statusBefore/After are resolved from the pipelines.' })
export class LeadStatusChangedEvent extends KommoEvent {
  statusRefBefore!: StatusRef | null;
  statusRefAfter!: StatusRef | null;
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent, description: 'responsibleBefore/After are resolved users.' })
export class ResponsibleChangedEvent extends KommoEvent {
  responsibleIdBefore!: number | null;
  responsibleIdAfter!: number | null;
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent })
export class TagsChangedEvent extends KommoEvent {
  @Field(() => [String])
  tagsBefore!: string[];

  @Field(() => [String])
  tagsAfter!: string[];
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent })
export class LinkEvent extends KommoEvent {
  @Field(() => [EntityRef])
  linked!: EntityRef[];

  @Field(() => [EntityRef])
  unlinked!: EntityRef[];
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent, description: 'custom_field_value_changed and custom_field_{ID}_value_changed.' })
export class CustomFieldValueChangedEvent extends KommoEvent {
  @Field(() => ID, { nullable: true })
  fieldId!: string | null;

  @Field(() => [CustomFieldEventValue])
  valuesBefore!: CustomFieldEventValue[];

  @Field(() => [CustomFieldEventValue])
  valuesAfter!: CustomFieldEventValue[];
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent })
export class SaleChangedEvent extends KommoEvent {
  @Field(() => Float, { nullable: true })
  saleBefore!: number | null;

  @Field(() => Float, { nullable: true })
  saleAfter!: number | null;
}

@ObjectType({ simpleResolvers: true, implements: KommoEvent })
export class NameChangedEvent extends KommoEvent {
  @Field(() => String, { nullable: true })
  nameBefore!: string | null;

  @Field(() => String, { nullable: true })
  nameAfter!: string | null;
}
