/* Tests must be silent: any console output fails the test that produced it. */
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let written: string[] = [];

beforeEach(() => {
  written = [];
  for (const method of methods) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      written.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  jest.restoreAllMocks();
  if (written.length > 0) throw new Error(`test wrote to the console:\n${written.join('\n')}`);
});
