/**
 * Opts the SDL into Federation 2. Only `@key` is imported: Ponte owns every field it serves, so it
 * needs neither `@shareable` nor `@external`; other federation directives stay reachable under
 * their `federation__` names.
 */
export const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';
