import {
  KOMMO_WEBHOOK_SETTINGS,
  kommoWebhookDestination,
  registerKommoWebhook,
} from '../../../src/kommo/kommo.webhook-registration';
import { useKommoClient } from '../../helpers/kommo-client';
import { recordingLogger } from '../../helpers/recording-logger';

const kommo = useKommoClient();
const SECRET = 's3cr3t-path-token-0123456789abcdef';
const DESTINATION = kommoWebhookDestination('https://ponte.example.com/', SECRET);

const calls = () => kommo.sim.requests.map((r) => `${r.method} ${r.path}`);

describe('registerKommoWebhook', () => {
  it('builds the receiver URL under PUBLIC_URL', () => {
    expect(DESTINATION).toBe(`https://ponte.example.com/webhooks/kommo/${SECRET}`);
  });

  it('registers a missing hook (GET, then POST), and a second boot only reads', async () => {
    const logger = recordingLogger();
    expect(await registerKommoWebhook(kommo.client, DESTINATION, logger)).toBe('registered');
    expect(calls()).toEqual(['GET /api/v4/webhooks', 'POST /api/v4/webhooks']);
    expect(kommo.sim.webhooks.registry.list()).toMatchObject([
      { destination: DESTINATION, settings: KOMMO_WEBHOOK_SETTINGS, disabled: false },
    ]);

    kommo.sim.resetRequests();
    expect(await registerKommoWebhook(kommo.client, DESTINATION, logger)).toBe('unchanged');
    expect(calls()).toEqual(['GET /api/v4/webhooks']);
    expect(logger.text()).not.toContain(SECRET);
  });

  it('re-subscribes a hook whose settings differ, or that Kommo disabled, keeping one hook', async () => {
    kommo.sim.webhooks.registry.subscribe({ destination: DESTINATION, settings: ['add_lead'] });
    expect(await registerKommoWebhook(kommo.client, DESTINATION, recordingLogger())).toBe('registered');
    const [hook] = kommo.sim.webhooks.registry.list();
    if (hook === undefined) throw new Error('no hook registered');

    kommo.sim.webhooks.registry.disable(hook.id);
    kommo.sim.resetRequests();
    expect(await registerKommoWebhook(kommo.client, DESTINATION, recordingLogger())).toBe('registered');
    expect(calls()).toEqual(['GET /api/v4/webhooks', 'POST /api/v4/webhooks']);
    expect(kommo.sim.webhooks.registry.list()).toMatchObject([
      { id: hook.id, settings: KOMMO_WEBHOOK_SETTINGS, disabled: false },
    ]);
  });

  it.each([
    ['GET', 401, ['GET /api/v4/webhooks']],
    ['POST', 403, ['GET /api/v4/webhooks', 'POST /api/v4/webhooks']],
  ] as const)(
    'a %s answered %d is logged without the secret and fails only the registration',
    async (method, status, expected) => {
      kommo.sim.injectFault({ method, pathPrefix: '/api/v4/webhooks', status, json: { title: 'nope', status } });
      const logger = recordingLogger();

      expect(await registerKommoWebhook(kommo.client, DESTINATION, logger)).toBe('failed');
      expect(calls()).toEqual(expected);
      expect(logger.entries.filter((e) => e.level === 'warn')).toHaveLength(1);
      expect(logger.text()).not.toContain(SECRET);
      expect(kommo.sim.webhooks.registry.list()).toEqual([]);
    },
  );
});
