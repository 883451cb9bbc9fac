import crypto from 'node:crypto';
import { loadConfig } from '../../../src/config';
import { findApiKey } from '../../../src/edge/api-keys';
import { csrfRefusal } from '../../../src/edge/csrf';

describe('csrfRefusal (Apollo’s rule, with a message that says what to send)', () => {
  it.each([
    ['POST', { 'content-type': 'application/json' }],
    ['POST', { 'content-type': 'application/graphql-response+json; charset=utf-8' }],
    ['GET', { 'apollo-require-preflight': 'true' }],
    ['GET', { 'x-apollo-operation-name': 'Timeline' }],
    ['POST', { 'content-type': 'text/plain', 'apollo-require-preflight': '1' }],
  ])('lets a %s with %j through', (method, headers) => {
    expect(csrfRefusal(method, headers, true)).toBeUndefined();
  });

  it('tells a GET without a preflight header which header (or POST) works, urql’s settings included', () => {
    const refusal = csrfRefusal('GET', {}, true);
    expect(refusal).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', extensions: { reason: 'CSRF_PREVENTION' } });
    expect(refusal?.message).toContain('"apollo-require-preflight: true"');
    expect(refusal?.message).toContain('"x-apollo-operation-name: <name>"');
    expect(refusal?.message).toContain('preferGetMethod: false');
    expect(csrfRefusal('GET', {}, false)?.message).toContain('the explorer is off here: INTROSPECTION=false');
  });

  it('tells a form or text POST to send JSON', () => {
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded']) {
      expect(csrfRefusal('POST', { 'content-type': type }, true)?.message).toContain(
        '"content-type: application/json"',
      );
    }
  });
});

describe('findApiKey', () => {
  const keys = loadConfig({
    API_KEYS: 'reports:read:r-0123456789abcdef,crm-app:write:w-0123456789abcdef,batch:write:b-0123456789abcdef',
  }).edge.apiKeys;

  it('finds the entry by its key and nothing for another key', () => {
    expect(findApiKey(keys, 'w-0123456789abcdef')).toMatchObject({ label: 'crm-app', scope: 'write' });
    expect(findApiKey(keys, 'w-0123456789abcdeF')).toBeUndefined();
    expect(findApiKey(keys, '')).toBeUndefined();
  });

  it('compares the digest with every entry in constant time, also after a match', () => {
    const compare = jest.spyOn(crypto, 'timingSafeEqual');
    findApiKey(keys, 'r-0123456789abcdef');
    expect(compare).toHaveBeenCalledTimes(keys.length);
    for (const [presented, stored] of compare.mock.calls)
      expect([presented.byteLength, stored.byteLength]).toEqual([32, 32]);
  });
});
