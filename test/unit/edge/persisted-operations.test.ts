import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../../src/config';
import { loadManifest, resolvePersisted, sha256Hex } from '../../../src/edge/persisted-operations';

const QUERY = 'query Users { users { id } }';
const HASH = sha256Hex(QUERY);
const MANIFEST = new Map([[HASH, QUERY]]);
const OTHER = 'a'.repeat(64);
const apq = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

describe('resolvePersisted', () => {
  it('leaves every request as sent when off (Apollo keeps its own automatic persisted queries)', () => {
    const fields = { documentId: `sha256:${HASH}`, extensions: apq(OTHER) };
    expect(resolvePersisted('off', MANIFEST, fields)).toEqual({ fields });
  });

  it.each(['allow', 'only'] as const)(
    'serves a manifest hash as plain text under %s, by APQ hash or documentId',
    (mode) => {
      expect(resolvePersisted(mode, MANIFEST, { extensions: apq(HASH), variables: { a: 1 } } as never)).toEqual({
        fields: { query: QUERY, variables: { a: 1 } },
      });
      expect(resolvePersisted(mode, MANIFEST, { documentId: `sha256:${HASH}`, extensions: { other: true } })).toEqual({
        fields: { query: QUERY, extensions: { other: true } },
      });
    },
  );

  it('passes an unknown APQ hash to Apollo under allow, and refuses an unknown documentId', () => {
    const fields = { extensions: apq(OTHER) };
    expect(resolvePersisted('allow', MANIFEST, fields)).toEqual({ fields });
    expect(resolvePersisted('allow', MANIFEST, { documentId: `sha256:${OTHER}` }).refusal).toMatchObject({
      status: 400,
      code: 'PERSISTED_QUERY_NOT_FOUND',
    });
  });

  it('runs only the manifest under only: its hashes or its exact text', () => {
    expect(resolvePersisted('only', MANIFEST, { query: QUERY })).toEqual({ fields: { query: QUERY } });
    for (const fields of [{ query: '{ users { id } }' }, { extensions: apq(OTHER) }, {}]) {
      expect(resolvePersisted('only', MANIFEST, fields).refusal).toMatchObject({
        status: 400,
        code: 'PERSISTED_QUERY_NOT_FOUND',
      });
    }
  });

  it('refuses a hash sent with a text that is not its document', () => {
    expect(
      resolvePersisted('only', MANIFEST, { query: '{ users { name } }', extensions: apq(HASH) }).refusal,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'provided sha does not match query',
    });
  });
});

describe('loadManifest', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ponte-manifest-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (content: string): string => {
    const path = join(dir, 'manifest.json');
    writeFileSync(path, content);
    return path;
  };

  it('reads the committed manifest: every operation of examples/, keyed by its sha256', () => {
    const manifest = loadManifest('schema/persisted-operations.json');
    expect([...manifest.values()].map((document) => /(query|mutation) (\w+)/.exec(document)?.[2]).sort()).toEqual([
      'CreateLeadFromForm',
      'DealTimeline',
      'EventDetails',
      'FindDealsByContact',
      'LeadPage',
      'LogCallNote',
      'PipelineBoard',
      'ScheduleWhatsappFollowUp',
      'SendChatwootMessageNow',
      'Timeline',
    ]);
  });

  it.each([
    ['a missing file', undefined, 'cannot be read'],
    ['text that is not JSON', '{ nope', 'is not JSON'],
    ['a list', '[]', 'must be a JSON object'],
    ['a key that is not the hash of its document', JSON.stringify({ [OTHER]: QUERY }), 'whose key is not the sha256'],
  ])('stops the boot on %s, naming the variable', (_name, content, problem) => {
    const path = content === undefined ? join(dir, 'missing.json') : write(content);
    const error = (() => {
      try {
        loadManifest(path);
      } catch (thrown) {
        return thrown;
      }
      throw new Error('loadManifest accepted it');
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('PERSISTED_OPERATIONS_MANIFEST');
    expect((error as ConfigError).message).toContain(problem);
  });
});
