/** Apollo Server and Gateway log through this, so the federation tests stay silent. */
export const quietApolloLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
