import { Field, ID, ObjectType } from 'type-graphql';
import { Tag } from './tag.type';
import { CustomFieldValue } from '../custom-fields/custom-field-value.type';

/**
 * Fields that leads, contacts and companies share. They live in one abstract class so that their
 * GraphQL types are identical across the members of `KommoEntity`, which lets a client select
 * `... on Lead { name } ... on Contact { name }` without aliases.
 */
@ObjectType({ simpleResolvers: true })
export abstract class CrmRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Boolean)
  isDeleted!: boolean;

  @Field(() => [Tag])
  tags!: Tag[];

  @Field(() => [CustomFieldValue], { description: 'The filled custom fields; `field` resolves each definition.' })
  customFields!: CustomFieldValue[];

  /** Resolved by `KommoRecordResolver` (common/kommo-record.resolver.ts); 0 means robot/unassigned. */
  responsibleUserId!: number;
  createdById!: number;
  updatedById!: number;
}
