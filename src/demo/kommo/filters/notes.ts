import { child, listOf, type QueryNode } from '../query/tree';
import { allOf, intField, rangeField, type Predicate } from './match';

/** Notes `filter[...]`: id, entity_id, note_type (list), updated_at range. */
export function noteFilter(filter: QueryNode | undefined): Predicate {
  const types = listOf(child(filter, 'note_type'));
  return allOf([
    intField(filter, 'id'),
    intField(filter, 'entity_id'),
    types ? (note) => typeof note.note_type === 'string' && types.includes(note.note_type) : undefined,
    rangeField(filter, 'updated_at'),
  ]);
}
