import { GraphQLJSON } from 'graphql-scalars';

/** Free-form JSON (raw upstream payloads such as Kommo's `value_before`/`value_after`). */
export const JSONScalar = GraphQLJSON;
