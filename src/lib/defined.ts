/**
 * GraphQL hands an input field that the client sent as `null` to us as `null`, not `undefined`;
 * for our inputs `null` means "not given". Returns a shallow copy without them.
 */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null && field !== undefined)) as T;
}
