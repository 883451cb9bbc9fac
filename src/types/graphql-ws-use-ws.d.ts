// graphql-ws publishes its ws server only through `exports` (`graphql-ws/use/ws`), which this
// project's `moduleResolution: node` does not read; Node resolves it at run time.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
