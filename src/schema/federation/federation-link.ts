/**
 * Opts the SDL into Federation 2. Imports `@key` for the entities and `@shareable` for the generic
 * value types (`PageInfo`, `Tag`) that another subgraph may well declare too: without it,
 * composition fails as soon as a second subgraph defines a type of the same name. Other
 * federation directives stay reachable under their `federation__` names.
 */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.4", import: ["@key", "@shareable"])';
