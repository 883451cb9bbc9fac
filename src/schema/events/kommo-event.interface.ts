import { Field, ID, InterfaceType } from 'type-graphql';
import { KommoEntityType } from '../common/entity-type.enum';
import { JSONScalar } from '../scalars/json.scalar';

@InterfaceType({
  description: 'An entry of the Kommo event feed. Each value_after shape has its own concrete type.',
  resolveType: (event: KommoEvent) => event.constructor.name,
})
export abstract class KommoEvent {
  @Field(() => ID, { description: 'Kommo event ids are strings.' })
  id!: string;

  @Field(() => String, { description: 'The raw Kommo key, e.g. "lead_status_changed".' })
  type!: string;

  @Field(() => KommoEntityType)
  entityType!: KommoEntityType;

  @Field(() => ID)
  entityId!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => JSONScalar, { description: 'The raw value_before array, always available.' })
  valueBefore!: unknown;

  @Field(() => JSONScalar, { description: 'The raw value_after array, always available.' })
  valueAfter!: unknown;

  /** Resolved by `KommoEventResolver.createdBy`; 0 means robot/system. */
  createdById!: number;
}
