import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type';
import { KommoEvent } from './kommo-event.interface';

@ObjectType({ simpleResolvers: true })
export class EventConnection {
  @Field(() => [KommoEvent])
  nodes!: KommoEvent[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
