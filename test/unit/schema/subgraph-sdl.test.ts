import { Kind, parse } from 'graphql';
// The comparator `lexicographicSortSchema` sorts with (digits compare as numbers).
import { naturalCompare } from 'graphql/jsutils/naturalCompare';
import { buildPonteSchema } from '../../../src/schema/build-schema';
import { printSubgraphSdl } from '../../../src/schema/federation/subgraph-schema';

const ENTITIES = ['Company', 'Contact', 'Lead', 'Task', 'User'];

/** What `npm run generate` writes to schema/schema.graphql (CI diffs it against the committed file). */
describe('the subgraph SDL', () => {
  let sdl: string;
  beforeAll(async () => {
    sdl = printSubgraphSdl(await buildPonteSchema());
  });

  it('is the same on every build', async () => {
    expect(printSubgraphSdl(await buildPonteSchema())).toBe(sdl);
  });

  it('links Federation 2, keys every entity by id and shares the generic value types', () => {
    const document = parse(sdl);
    const link = document.definitions.find((definition) => definition.kind === Kind.SCHEMA_EXTENSION);
    expect(link?.loc?.source.body.slice(link.loc.start, link.loc.end)).toBe(
      'extend schema\n  @link(url: "https://specs.apollo.dev/federation/v2.4", import: ["@key", "@shareable"])',
    );
    const withDirective = (name: string) =>
      document.definitions.flatMap((definition) =>
        definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
        definition.directives?.some((directive) => directive.name.value === name)
          ? [definition.name.value]
          : [],
      );
    expect(withDirective('key')).toEqual(ENTITIES);
    expect(withDirective('shareable')).toEqual(['PageInfo', 'Tag']);
    expect(sdl).toContain('type Lead\n  @key(fields: "id")\n{');
  });

  it('lists Ponte types in lexicographic order, federation definitions after them', () => {
    const names = parse(sdl).definitions.flatMap((definition) =>
      definition.kind !== Kind.DIRECTIVE_DEFINITION && 'name' in definition && definition.name !== undefined
        ? [definition.name.value]
        : [],
    );
    const federation = ['link__Purpose', 'link__Import', 'federation__FieldSet', '_Any', '_Service', '_Entity'];
    const own = names.slice(0, -federation.length);
    expect(names.slice(-federation.length)).toEqual(federation);
    expect(own).toEqual([...own].sort(naturalCompare));
  });
});
