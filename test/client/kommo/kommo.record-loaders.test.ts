import { createKommoLoaders } from '../../../src/kommo/kommo.loaders';
import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';
import { UpstreamError } from '../../../src/upstream/errors';
import { useKommoClient } from '../../helpers/kommo-client';

const kommo = useKommoClient();

const paths = () => kommo.sim.requests.map((request) => request.path);

describe('record loaders', () => {
  it('primeRows maps a list page and primes the loader: later reads of those ids cost nothing', async () => {
    const loaders = createKommoLoaders(kommo.client);
    const page = await kommo.client.listRecords('contacts', [['limit', '3']]);
    const contacts = loaders.primeRows('contacts', [...page.items, { name: 'no id' }]);
    expect(contacts.map((contact) => contact.id)).toEqual(['26100001', '26100002', '26100003']);
    expect(await loaders.byId('contacts', '26100002')).toBe(contacts[1]);
    expect(await loaders.entity(KommoEntityType.CONTACT, '26100003')).toBe(contacts[2]);
    expect(paths()).toEqual(['/api/v4/contacts']);
  });

  it('many keeps the given order, drops what Kommo does not return and skips non-Kommo ids', async () => {
    const loaders = createKommoLoaders(kommo.client);
    const companies = await loaders.many('companies', ['28100003', 'x', '999999999', '28100001']);
    expect(companies.map((company) => company.id)).toEqual(['28100003', '28100001']);
    expect(kommo.sim.requests.map((request) => request.query.getAll('filter[id][]'))).toEqual([
      ['28100003', '999999999', '28100001'],
    ]);
    expect(kommo.sim.requests[0]?.query.get('with')).toBe('leads,contacts');
  });

  it("forget drops a written lead's record, tasks and events (every first), and nothing else", async () => {
    const loaders = createKommoLoaders(kommo.client);
    const read = () =>
      Promise.all([
        loaders.byId('leads', '24100001'),
        loaders.tasksOf(KommoEntityType.LEAD, '24100001'),
        loaders.leadEvents('24100001', 5),
        loaders.leadEvents('24100001', 20),
        loaders.leadEvents('24100002', 5),
      ]);
    await read();
    expect(paths().sort()).toEqual(['/api/v4/events', '/api/v4/events', '/api/v4/leads', '/api/v4/tasks']);
    kommo.sim.resetRequests();
    loaders.forget(KommoEntityType.LEAD, ['24100001']);
    await read();
    const eventCalls = kommo.sim.requests
      .filter((request) => request.path === '/api/v4/events')
      .map((request) => request.query.getAll('filter[entity_id]'));
    expect(paths().sort()).toEqual(['/api/v4/events', '/api/v4/events', '/api/v4/leads', '/api/v4/tasks']);
    expect(eventCalls).toEqual([['24100001'], ['24100001']]);
  });

  it('many rejects when the batch fails', async () => {
    const loaders = createKommoLoaders(kommo.client);
    kommo.sim.injectFault({ pathPrefix: '/api/v4/leads', status: 401, json: { title: 'Unauthorized', status: 401 } });
    await expect(loaders.many('leads', ['24100001'])).rejects.toBeInstanceOf(UpstreamError);
  });

  it('users(), pipelines(), customFields() and lossReasonById share one call each with the by-id readers', async () => {
    const loaders = createKommoLoaders(kommo.client);
    const [users, user, pipelines, status, fields, field, reason, none] = await Promise.all([
      loaders.users(),
      loaders.userById('5000002'),
      loaders.pipelines(),
      loaders.status('7000002', '143'),
      loaders.customFields(KommoEntityType.CONTACT),
      loaders.customField(KommoEntityType.CONTACT, '880101'),
      loaders.lossReasonById('12002'),
      loaders.lossReasonById('1'),
    ]);
    expect(users.map((row) => row.id)).toEqual(kommo.sim.store.users.map((row) => String(row['id'])));
    expect(user?.id).toBe('5000002');
    expect(pipelines.map((row) => row.id)).toEqual(['7000001', '7000002']);
    expect(status?.id).toBe('143');
    expect(fields.map((row) => row.code)).toEqual(['PHONE', 'EMAIL', 'POSITION']);
    expect(field?.code).toBe('PHONE');
    expect(reason?.id).toBe('12002');
    expect(none).toBeNull();
    expect(await loaders.customFields(KommoEntityType.TASK)).toEqual([]);
    expect(paths().sort()).toEqual([
      '/api/v4/contacts/custom_fields',
      '/api/v4/leads/loss_reasons',
      '/api/v4/leads/pipelines',
      '/api/v4/users',
    ]);
  });
});
