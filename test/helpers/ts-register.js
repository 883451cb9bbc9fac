// Lets a spawned Node process run the TypeScript sources, compiled as jest compiles them
// (`node -r ./test/helpers/ts-register.js src/main.ts`), for the tests that need a real process.
/* eslint-disable @typescript-eslint/no-require-imports -- a require hook runs before any module system but CommonJS */
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
