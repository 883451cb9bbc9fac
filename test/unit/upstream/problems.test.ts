import { parseProblems } from '../../../src/upstream/problems';

const FALLBACK = 'WoofedCRM rejected the request';

describe('parseProblems', () => {
  it.each([
    [
      'a Kommo problem without validation-errors (422)',
      { status: 422, detail: 'Limit 250 per page' },
      [{ detail: 'Limit 250 per page' }],
    ],
    [
      'a Kommo empty-body problem (400)',
      { status: 400, detail: 'Request data can not be empty' },
      [{ detail: 'Request data can not be empty' }],
    ],
    [
      'a WoofedCRM error list',
      { errors: ["Type can't be blank", 'Stage must exist'] },
      [{ detail: "Type can't be blank" }, { detail: 'Stage must exist' }],
    ],
    ['a WoofedCRM error string', { errors: 'Deal assignee not found' }, [{ detail: 'Deal assignee not found' }]],
    [
      'a WoofedCRM search error with details',
      { errors: 'Invalid search parameters', details: 'No valid predicate for full_name' },
      [{ detail: 'Invalid search parameters: No valid predicate for full_name' }],
    ],
    [
      'a WoofedCRM parameter-missing error',
      { error: 'param is missing or the value is empty: kind' },
      [{ detail: 'param is missing or the value is empty: kind' }],
    ],
    ['a WoofedCRM RecordInvalid', { message: 'A, B', attributes: ['a', 'b'] }, [{ detail: 'A, B' }]],
    [
      'a WoofedCRM contact-upsert hash',
      { phone: ['must be in e164 format'], email: ['is invalid', 'has already been taken'] },
      [
        { path: 'phone', detail: 'must be in e164 format' },
        { path: 'email', detail: 'is invalid' },
        { path: 'email', detail: 'has already been taken' },
      ],
    ],
  ])('reads %s', (_name, body, expected) => {
    expect(parseProblems(body, FALLBACK)).toEqual(expected);
  });

  it('reads each Kommo validation error of every batch item', () => {
    const body = {
      'validation-errors': [
        {
          request_id: '0',
          errors: [{ code: 'InvalidType', path: 'status_id', detail: 'This value should be of type array.' }],
        },
        { request_id: 1, errors: [{ code: 'NotBlank', path: 'name' }] },
      ],
      detail: 'Request validation failed',
    };

    expect(parseProblems(body, FALLBACK)).toEqual([
      { requestId: '0', code: 'InvalidType', path: 'status_id', detail: 'This value should be of type array.' },
      { requestId: '1', code: 'NotBlank', path: 'name', detail: 'NotBlank' },
    ]);
  });

  it.each([
    ['no body', undefined],
    ['an unknown shape', { foo: 1 }],
    ['an empty error list', { errors: [] }],
    ['a JSON array', ['x']],
  ])('falls back to one generic problem for %s', (_name, body) => {
    expect(parseProblems(body, FALLBACK)).toEqual([{ detail: FALLBACK }]);
  });
});
