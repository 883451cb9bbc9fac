import { Field, ID, InterfaceType } from 'type-graphql';
import { KommoEntityType } from '../common/entity-type.enum';
import { JSONScalar } from '../scalars/json.scalar';

@InterfaceType({
  description: 'An entry of the Kommo event feed. Each value_after shape has its own concrete type.',
  resolveType: (event: KommoEvent) => event.constructor.name,
})
export abstract class KommoEvent {
  // `declare`: decodeEvent assigns every field; defined fields would make each event pass through
  // this base initializer, one megamorphic define per field across all the event classes.
  @Field(() => ID, { description: 'Kommo event ids are strings.' })
  declare id: string;

  @Field(() => String, { description: 'The raw Kommo key, e.g. "lead_status_changed".' })
  declare type: string;

  @Field(() => KommoEntityType)
  declare entityType: KommoEntityType;

  @Field(() => ID)
  declare entityId: string;

  @Field(() => Date)
  declare createdAt: Date;

  @Field(() => JSONScalar, { description: 'The raw value_before array, always available.' })
  declare valueBefore: unknown;

  @Field(() => JSONScalar, { description: 'The raw value_after array, always available.' })
  declare valueAfter: unknown;

  /** Resolved by `KommoEventResolver.createdBy`; 0 means robot/system. */
  declare createdById: number;
}
