import { parse, validate, type GraphQLSchema } from 'graphql';
import { buildPonteSchema } from '../../../src/schema/build-schema';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPonteSchema();
});

const SHARED = 'id createdAt updatedAt responsibleUser { id } createdBy { id }';
const RECORD = `${SHARED} name isDeleted tags { id name color } customFields { fieldId values { text } } tasks { id }`;

describe('the KommoEntity members', () => {
  it('give fields of the same name the same type, so a client needs no aliases', () => {
    const document = parse(`{ tasks { nodes { entity {
      ... on Lead { ${RECORD} company { id } contacts { id } }
      ... on Contact { ${RECORD} company { id } leads { id } phones emails }
      ... on Company { ${RECORD} contacts { id } leads { id } }
      ... on Task { ${SHARED} entity { __typename } }
    } } } }`);
    expect(validate(schema, document)).toEqual([]);
  });

  it('serve the CONTRACT §3.2 queries with their arguments', () => {
    const document =
      parse(`query Q($lf: LeadFilter, $cf: ContactFilter, $mf: CompanyFilter, $tf: TaskFilter, $o: OrderBy) {
      leads(filter: $lf, query: "a", orderBy: $o, first: 1, after: null) { nodes { id } pageInfo { hasNextPage endCursor } }
      lead(id: "1") { id events(first: 5) { id } lossReason { id name } pipeline { id } status { id } }
      contacts(filter: $cf, query: "a", orderBy: $o, first: 1) { nodes { id } } contact(id: "1") { id }
      companies(filter: $mf, query: "a", orderBy: $o, first: 1) { nodes { id } } company(id: "1") { id }
      tasks(filter: $tf, orderBy: $o, first: 1) { nodes { id taskType { id name code } } } task(id: "1") { id }
      pipelines { id statuses { id } } pipeline(id: "1") { id }
      customFields(entityType: LEAD) { id name code type enums { id value } }
      users { id name email } user(id: "1") { id }
    }`);
    expect(validate(schema, document)).toEqual([]);
  });
});
