import { getIntrospectionQuery } from 'graphql';
import { shape } from './estimate-helpers';

describe('measureOperation (MAX_DEPTH, MAX_ALIASES, MAX_ROOT_FIELDS)', () => {
  it('counts field levels, leaves included, through inline fragments', async () => {
    expect(await shape('{ events { nodes { entity { ... on Lead { contacts { name } } } } } }')).toEqual({
      depth: 5,
      aliases: 0,
      rootFields: 1,
    });
  });

  it('expands fragments: their depth adds where they are spread, their aliases count at every spread', async () => {
    const query = `
      query { a: lead(id: "1") { ...L } b: lead(id: "2") { ...L } contact(id: "3") { leads { ...L } } }
      fragment L on Lead { one: name two: price company { id } }`;
    expect(await shape(query)).toEqual({ depth: 4, aliases: 2 + 3 * 2, rootFields: 3 });
  });

  it('counts distinct root response keys, also from fragments on the root type', async () => {
    const query = `query { users { id } users { name } ...R } fragment R on Query { pipelines { id } x: pipelines { id } }`;
    expect((await shape(query)).rootFields).toBe(3);
  });

  it('measures each fragment once, so fragments that double each other cannot stall it', async () => {
    // F0 spreads F1 twice, F1 spreads F2 twice…: 2^40 aliased fields once expanded.
    const fragments = Array.from(
      { length: 40 },
      (_, i) =>
        `fragment F${i} on Lead { a: company { leads { ...F${i + 1} } } b: company { leads { ...F${i + 1} } } }`,
    ).join('\n');
    const query = `{ leads { nodes { ...F0 } } }\n${fragments.replace(/\.\.\.F40/g, 'id')}`;
    const measured = await shape(query);
    expect(measured.aliases).toBe(2 ** 41 - 2);
    expect(measured.depth).toBe(2 + 40 * 2 + 1);
  });

  it('does not count the nesting of introspection, which answers from the schema alone', async () => {
    expect(await shape(getIntrospectionQuery())).toEqual({ depth: 1, aliases: 0, rootFields: 1 });
  });
});
