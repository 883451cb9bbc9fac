import { useKommoClient } from '../../helpers/kommo-client';

const kommo = useKommoClient();

const PATH = '/api/v4/leads/custom_fields';
const field = (id: number) => ({ id, name: `Field ${id}`, type: 'text', sort: id });
const fields = (from: number, count: number) => Array.from({ length: count }, (_, i) => field(from + i));
/** A custom-fields page as Kommo may serve it: 50 rows whatever `limit` asked for. */
const page = (rows: unknown[], counters: Record<string, number>, next: boolean) => ({
  ...counters,
  _links: { self: { href: 'x' }, ...(next ? { next: { href: 'x' } } : {}) },
  _embedded: { custom_fields: rows },
});
const pagesAsked = () =>
  kommo.sim.requests.map((request) => [request.path, request.query.get('page'), request.query.get('limit')]);

describe('KommoClient reference lists (listAll)', () => {
  it('pages on past a short page while _page < _page_count', async () => {
    kommo.sim.injectFault({
      method: 'GET',
      pathPrefix: PATH,
      status: 200,
      json: page(fields(1, 50), { _total_items: 70, _page: 1, _page_count: 2 }, true),
    });
    kommo.sim.injectFault({
      method: 'GET',
      pathPrefix: PATH,
      status: 200,
      json: page(fields(51, 20), { _total_items: 70, _page: 2, _page_count: 2 }, true),
    });
    expect(await kommo.client.listCustomFields('leads')).toEqual(fields(1, 70));
    expect(pagesAsked()).toEqual([
      [PATH, '1', '250'],
      [PATH, '2', '250'],
    ]);
  });

  it('stops at the last counted page even when it links next', async () => {
    kommo.sim.injectFault({
      method: 'GET',
      pathPrefix: PATH,
      status: 200,
      json: page(fields(1, 50), { _page: 1, _page_count: 1 }, true),
    });
    expect(await kommo.client.listCustomFields('leads')).toEqual(fields(1, 50));
    expect(pagesAsked()).toEqual([[PATH, '1', '250']]);
  });

  it('without counters, pages on while next is linked and pages are non-empty; 204 ends the walk', async () => {
    kommo.sim.injectFault({ method: 'GET', pathPrefix: PATH, status: 200, json: page(fields(1, 50), {}, true) });
    kommo.sim.injectFault({ method: 'GET', pathPrefix: PATH, status: 200, json: page(fields(51, 3), {}, true) });
    kommo.sim.injectFault({ method: 'GET', pathPrefix: PATH, status: 204 });
    expect(await kommo.client.listCustomFields('leads')).toEqual(fields(1, 53));
    expect(pagesAsked()).toEqual([
      [PATH, '1', '250'],
      [PATH, '2', '250'],
      [PATH, '3', '250'],
    ]);
  });

  it('stops without a next link', async () => {
    kommo.sim.injectFault({ method: 'GET', pathPrefix: PATH, status: 200, json: page(fields(1, 50), {}, false) });
    expect(await kommo.client.listCustomFields('leads')).toEqual(fields(1, 50));
    expect(pagesAsked()).toEqual([[PATH, '1', '250']]);
  });
});
