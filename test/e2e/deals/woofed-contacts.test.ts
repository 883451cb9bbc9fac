import { FindDealsByContactDocument } from '../../../examples/__generated__/operations';
import type { WoofedContact as StoredContact } from '../../../src/demo/woofed';
import { MAX_SEARCH_TEXT_LENGTH } from '../../../src/schema/woofed-contacts/woofed-contact-search.rules';
import { startDealHarness, woofedCalls, type DealHarness } from './deal-harness';

let h: DealHarness;
beforeAll(async () => {
  h = await startDealHarness();
});
afterAll(() => h.close());
beforeEach(() => h.woofed.resetRequests());

const SEARCH = `query($search: WoofedContactSearch, $page: Int) {
  woofedContacts(search: $search, page: $page) {
    page pages count nextPage
    contacts { id fullName phone email customAttributes deals { id name status contact { id } stage { id } } }
  }
}`;

const contactPath = (id: number): string => `/api/v1/accounts/1/contacts/${id}`;

/** A stored contact and its deals, as the search must show them. */
function expected(contact: StoredContact): Record<string, unknown> {
  const deals = h.woofed.store.deals.filter((d) => d.contact_id === contact.id).sort((a, b) => a.id - b.id);
  return {
    id: String(contact.id),
    fullName: contact.full_name,
    phone: contact.phone,
    email: contact.email,
    customAttributes: contact.custom_attributes,
    deals: deals.map((d) => ({
      id: String(d.id),
      name: d.name,
      status: d.status,
      contact: { id: String(contact.id) },
      stage: null,
    })),
  };
}

describe('woofedContacts', () => {
  it('finds contacts by part of the name in any case, with their deals: one search and one read per contact', async () => {
    const sought = h.woofed.store.contacts[2]?.full_name.split(' ')[0] ?? '';
    const matches = h.woofed.store.contacts.filter((c) => c.full_name.toLowerCase().includes(sought.toLowerCase()));
    expect(matches.length).toBeGreaterThan(0);

    const result = await h.query(SEARCH, { search: { fullNameContains: sought.toUpperCase() } });

    expect(result).toEqual({
      data: {
        woofedContacts: { page: 1, pages: 1, count: matches.length, nextPage: null, contacts: matches.map(expected) },
      },
    });
    expect(woofedCalls(h)).toEqual([
      { method: 'GET', path: '/api/v1/accounts/1/contacts/search' },
      ...matches.map((c) => ({ method: 'GET', path: contactPath(c.id) })),
    ]);
    expect([...(h.woofed.requests[0]?.query ?? [])]).toEqual([
      ['query[full_name_i_cont]', sought.toUpperCase()],
      ['page', '1'],
    ]);
  });

  it('pages through every contact ten at a time', async () => {
    const all = [...h.woofed.store.contacts].sort((a, b) => a.id - b.id);
    const result = await h.query(`{ woofedContacts(page: 2) { page pages count nextPage contacts { id } } }`);

    expect(result).toEqual({
      data: {
        woofedContacts: {
          page: 2,
          pages: Math.ceil(all.length / 10),
          count: all.length,
          nextPage: all.length > 20 ? 3 : null,
          contacts: all.slice(10, 20).map((c) => ({ id: String(c.id) })),
        },
      },
    });
    expect(woofedCalls(h)).toEqual([{ method: 'GET', path: '/api/v1/accounts/1/contacts/search' }]);
  });

  it('combines conditions, and a page past the last is empty', async () => {
    const contact = h.woofed.store.contacts[4];
    if (contact === undefined) throw new Error('the seed has fewer than five contacts');
    const search = { emailContains: contact.email.toUpperCase(), phoneContains: contact.phone.slice(-6) };

    const found = await h.query(
      `query($s: WoofedContactSearch) { woofedContacts(search: $s) { count contacts { id } } }`,
      {
        s: search,
      },
    );
    const past = await h.query(
      `query($s: WoofedContactSearch) { woofedContacts(search: $s, page: 3) { count nextPage contacts { id } } }`,
      {
        s: search,
      },
    );

    expect(found).toEqual({ data: { woofedContacts: { count: 1, contacts: [{ id: String(contact.id) }] } } });
    expect(past).toEqual({ data: { woofedContacts: { count: 1, nextPage: null, contacts: [] } } });
  });

  it("shares each contact's read between its deals and their timelines", async () => {
    const contact = h.woofed.store.contacts[0];
    if (contact === undefined) throw new Error('the seed has no contacts');
    const result = await h.query<{ woofedContacts: { contacts: Array<{ deals: Array<{ events: unknown[] }> }> } }>(
      `query($s: WoofedContactSearch) { woofedContacts(search: $s) { contacts { deals { id events { id } } } } }`,
      { s: { phoneContains: contact.phone } },
    );

    const deals = result.data?.woofedContacts.contacts[0]?.deals ?? [];
    expect(deals.length).toBeGreaterThan(0);
    expect(deals.every((deal) => deal.events.length > 0)).toBe(true);
    expect(woofedCalls(h)).toEqual([
      { method: 'GET', path: '/api/v1/accounts/1/contacts/search' },
      { method: 'GET', path: contactPath(contact.id) },
    ]);
  });

  const LONG = 'a'.repeat(MAX_SEARCH_TEXT_LENGTH + 1);
  it.each([
    [{ search: { fullNameContains: '  ' } }, 'search.fullNameContains', 'must not be blank (omit it instead)'],
    [{ search: { emailContains: '' } }, 'search.emailContains', 'must not be blank (omit it instead)'],
    [
      { search: { phoneContains: LONG } },
      'search.phoneContains',
      `must be at most ${MAX_SEARCH_TEXT_LENGTH} characters, got ${MAX_SEARCH_TEXT_LENGTH + 1}`,
    ],
    [{ page: 0 }, 'page', 'must be between 1 and 10000, got 0'],
    [{ page: 10_001 }, 'page', 'must be between 1 and 10000, got 10001'],
  ])('%j is BAD_USER_INPUT on %s, and WoofedCRM is not called', async (variables, field, rule) => {
    const message = `Invalid ${field}: ${rule}.`;
    const result = await h.query(SEARCH, variables);

    expect(result).toEqual({
      data: null,
      errors: [
        {
          message,
          locations: [{ line: 2, column: 3 }],
          path: ['woofedContacts'],
          extensions: { code: 'BAD_USER_INPUT', field, problems: [{ field, message }] },
        },
      ],
    });
    expect(h.woofed.requests).toHaveLength(0);
  });
});

describe('the typed example in examples/find-deal.graphql, against the simulator', () => {
  it('finds the deals of a contact by e-mail', async () => {
    const contact = h.woofed.store.contacts[1];
    if (contact === undefined) throw new Error('the seed has fewer than two contacts');
    const result = await h.query(FindDealsByContactDocument, { search: { emailContains: contact.email } });
    const dealIds = h.woofed.store.deals.filter((d) => d.contact_id === contact.id).map((d) => String(d.id));

    expect(result.errors).toBeUndefined();
    expect(result.data?.woofedContacts.contacts.map((c) => [c.id, c.deals.map((d) => d.id)])).toEqual([
      [String(contact.id), dealIds],
    ]);
  });
});
