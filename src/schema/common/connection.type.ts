import { type ClassType, Field, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/** The shape of every paged list (`nodes` + `pageInfo`), as `events` has it. */
export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A `XConnection { nodes: [X!]! pageInfo: PageInfo! }` base class; subclass it with `@ObjectType({ simpleResolvers: true })`. */
export function Connection<T extends object>(node: ClassType<T>) {
  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}
