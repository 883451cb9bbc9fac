import { InputChecks, validate } from '../../../src/schema/common/input-checks';
import { kommoId, nonEmpty, notBlank } from '../../../src/schema/common/input-rules';
import type { KommoLoaders } from '../../../src/kommo/kommo.loaders';

/** What `validate(rules)` throws, as a rejected promise for `rejects` to match. */
const run = async (rules: Parameters<typeof validate>[0]): Promise<unknown> => validate(rules);

describe('validate: one BAD_USER_INPUT listing every problem', () => {
  it('answers the value when every rule passes', () => {
    expect(validate((c) => (kommoId(c, 'id', '12') ? 'ok' : undefined))).toBe('ok');
  });

  it('names the first problem and lists them all, in the order the rules ran', async () => {
    await expect(
      run((c) => {
        kommoId(c, 'filter.ids', 'x');
        nonEmpty(c, 'filter.types', []);
        notBlank(c, 'query', ' ', 'omit it instead');
      }),
    ).rejects.toMatchObject({
      message:
        'Invalid filter.ids: "x" is not a Kommo id (a positive whole number). (and 2 more problems: see extensions.problems)',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'filter.ids',
        problems: [
          { field: 'filter.ids', message: 'Invalid filter.ids: "x" is not a Kommo id (a positive whole number).' },
          { field: 'filter.types', message: 'Invalid filter.types: must not be an empty list (omit it instead).' },
          { field: 'query', message: 'Invalid query: must not be blank (omit it instead).' },
        ],
      },
    });
  });

  it('cuts a long value short when it echoes it', async () => {
    await expect(run((c) => kommoId(c, 'id', 'a'.repeat(50)))).rejects.toThrow(
      `Invalid id: "${'a'.repeat(40)}…" is not a Kommo id (a positive whole number).`,
    );
  });

  it('refuses to drop lookups: those need verify(loaders)', () => {
    expect(() => validate((c) => c.lookup(async () => []))).toThrow('use verify(loaders)');
  });
});

describe('InputChecks.verify: the lookups run only when the input itself is sound', () => {
  const loaders = {} as KommoLoaders;

  it('does not look anything up while a synchronous rule failed', async () => {
    const checks = new InputChecks();
    const lookup = jest.fn(async () => []);
    checks.fail('input[0].name', 'must not be blank');
    checks.lookup(lookup);
    await expect(checks.verify(loaders)).rejects.toThrow('Invalid input[0].name: must not be blank.');
    expect(lookup).not.toHaveBeenCalled();
  });

  it('lists what the lookups found', async () => {
    const checks = new InputChecks();
    checks.lookup(async () => [{ field: 'input.id', message: 'Invalid input.id: no lead with id 9.' }]);
    await expect(checks.verify(loaders)).rejects.toMatchObject({
      extensions: {
        field: 'input.id',
        problems: [{ field: 'input.id', message: 'Invalid input.id: no lead with id 9.' }],
      },
    });
  });
});
