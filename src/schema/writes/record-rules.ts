import type { KommoEntityType } from '../common/entity-type.enum';
import type { PeopleWriteInput, RecordWriteInput } from '../common/record-write.input';
import type { TagRefInput } from '../common/tag-ref.input';
import { checkCustomFields } from './custom-field-rules';
import { instant, knownId, userRef } from './field-rules';
import { given, nonEmpty, notBlank } from '../common/input-rules';
import type { InputChecks } from '../common/input-checks';

type Maybe<T> = T | null | undefined;

export function checkPeople(c: InputChecks, at: string, input: PeopleWriteInput): void {
  userRef(c, `${at}.responsibleUserId`, input.responsibleUserId);
  userRef(c, `${at}.createdBy`, input.createdBy, true);
  userRef(c, `${at}.updatedBy`, input.updatedBy, true);
  instant(c, `${at}.createdAt`, input.createdAt);
  instant(c, `${at}.updatedAt`, input.updatedAt);
}

/** People, tags and custom field values of a lead, contact or company. */
export function checkRecord(c: InputChecks, at: string, input: RecordWriteInput, type: KommoEntityType): void {
  checkPeople(c, at, input);
  checkTags(c, `${at}.tagsToAdd`, input.tagsToAdd, type);
  checkTags(c, `${at}.tagsToDelete`, input.tagsToDelete, type);
  if (nonEmpty(c, `${at}.customFieldsValues`, input.customFieldsValues))
    checkCustomFields(c, `${at}.customFieldsValues`, input.customFieldsValues ?? [], type);
}

/**
 * Tags by id must exist for the record's type (tag ids are per type): Kommo would refuse the
 * whole batch otherwise, after earlier batches were written. All the ids of a type and request
 * are one `GET /api/v4/{entity}/tags` call. A new name creates the tag, so names need no lookup.
 */
function checkTags(c: InputChecks, field: string, refs: Maybe<readonly TagRefInput[]>, type: KommoEntityType): void {
  if (!nonEmpty(c, field, refs)) return;
  (refs ?? []).forEach((ref, index) => {
    const at = `${field}[${index}]`;
    if (given(ref.id) === given(ref.name)) c.fail(at, 'set exactly one of id and name');
    else if (given(ref.id)) knownId(c, `${at}.id`, ref.id, `${type} tag`, (loaders, id) => loaders.tagById(type, id));
    else notBlank(c, `${at}.name`, ref.name);
  });
}
