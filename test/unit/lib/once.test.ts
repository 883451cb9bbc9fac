import { once, oncePerKey } from '../../../src/lib/once';

describe('once', () => {
  it('calls the loader once and shares its promise', async () => {
    let calls = 0;
    const load = once(async () => {
      calls += 1;
      return [calls];
    });

    const [first, second] = await Promise.all([load(), load()]);

    expect({ first, second, third: await load(), calls }).toEqual({ first: [1], second: [1], third: [1], calls: 1 });
  });

  it('forgets a failure, so the next call tries again', async () => {
    let calls = 0;
    const load = once(async () => {
      calls += 1;
      if (calls === 1) throw new Error('upstream down');
      return calls;
    });

    const first = await load().catch((error: Error) => error.message);

    expect({ first, second: await load(), third: await load(), calls }).toEqual({
      first: 'upstream down',
      second: 2,
      third: 2,
      calls: 2,
    });
  });
});

describe('oncePerKey', () => {
  it('loads each key once and forgets a failed key only', async () => {
    const calls: string[] = [];
    const load = oncePerKey(async (key: string) => {
      calls.push(key);
      if (key === 'bad' && calls.filter((k) => k === 'bad').length === 1) throw new Error('no');
      return key.toUpperCase();
    });

    const results = await Promise.all([load('a'), load('a'), load('bad').catch(() => 'failed')]);

    expect({ results, again: await load('bad'), a: await load('a'), calls }).toEqual({
      results: ['A', 'A', 'failed'],
      again: 'BAD',
      a: 'A',
      calls: ['a', 'bad', 'bad'],
    });
  });
});
