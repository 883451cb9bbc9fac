import { decodeEvent } from '../../../src/kommo/events/decode-event';
import { KommoEntityType } from '../../../src/schema/common/entity-type.enum';
import {
  CustomFieldValueChangedEvent,
  LeadStatusChangedEvent,
  LinkEvent,
  NameChangedEvent,
  ResponsibleChangedEvent,
  SaleChangedEvent,
  TagsChangedEvent,
} from '../../../src/schema/events/change-events.type';
import { CustomFieldEventValue, EntityRef } from '../../../src/schema/events/event-values.type';
import type { KommoEvent } from '../../../src/schema/events/kommo-event.interface';
import {
  ChatMessageEvent,
  GenericEvent,
  HelpbotEvent,
  NoteEvent,
  NpsRatedEvent,
  PlainEvent,
  TransactionEvent,
} from '../../../src/schema/events/plain-events.type';
import {
  TaskDeadlineChangedEvent,
  TaskTextChangedEvent,
  TaskTypeChangedEvent,
} from '../../../src/schema/events/task-events.type';
import { decoded, rawEvent } from './event-fixtures';

type Case = [name: string, type: string, before: unknown, after: unknown, expected: KommoEvent];

function shape<T extends KommoEvent>(
  name: string,
  type: string,
  before: unknown,
  after: unknown,
  cls: new () => T,
  fields: Partial<T>,
): Case {
  return [name, type, before, after, decoded(cls, type, { before, after }, fields)];
}

const ref = (entityType: KommoEntityType, entityId: string): EntityRef =>
  Object.assign(new EntityRef(), { entityType, entityId });
const cfValue = (fieldType: number | null, enumId: string | null, text: string | null): CustomFieldEventValue =>
  Object.assign(new CustomFieldEventValue(), { fieldType, enumId, text });

const NESTED_LINK = [{ link: { entity: { type: 'lead', id: 6232965 } } }];
const CF_AFTER = [
  { custom_field_value: { field_id: 53728, field_type: 8, enum_id: 2352876, text: 'example1@test.com' } },
  { custom_field_value: { field_id: 53728, field_type: 8, enum_id: 2352876, text: 'example@test.com' } },
];
const CF_BEFORE = [
  { custom_field_value: { field_id: 53728, field_type: 8, enum_id: 193200, text: 'example@test.com' } },
];

/** Seed 001's example payloads, then reference §6.4 where the seed is silent. */
const CASES: Case[] = [
  shape('no payload (deleted/restored/merged/task)', 'lead_deleted', [], [], PlainEvent, {}),
  shape(
    'task_text_changed',
    'task_text_changed',
    [{ task: { text: 'old task text' } }],
    [{ task: { text: 'new task text' } }],
    TaskTextChangedEvent,
    { textBefore: 'old task text', textAfter: 'new task text' },
  ),
  shape('helpbot (seed sends no value_before)', 'robot_replied', undefined, [{ helpbot: { id: 145 } }], HelpbotEvent, {
    helpbotId: '145',
  }),
  shape('intent_identified', 'intent_identified', [], [{ helpbot: { id: 146 } }], HelpbotEvent, { helpbotId: '146' }),
  shape('transaction_added', 'transaction_added', undefined, [{ transaction: { id: 33675 } }], TransactionEvent, {
    transactionId: '33675',
  }),
  shape('note payload', 'common_note_added', undefined, [{ note: { id: 7422564 } }], NoteEvent, { noteId: '7422564' }),
  shape('lead_added with an empty value_before', 'lead_added', [], [{ note: { id: 7422565 } }], NoteEvent, {
    noteId: '7422565',
  }),
  shape('a deleted note named in value_before', 'common_note_deleted', [{ note: { id: 7422566 } }], [], NoteEvent, {
    noteId: '7422566',
  }),
  shape('nps_rate_added', 'nps_rate_added', undefined, [{ nps: { rate: 7 } }], NpsRatedEvent, { rate: 7 }),
  shape(
    'chat message',
    'incoming_chat_message',
    undefined,
    [{ message: { id: '1508b51c-aab0-428e-9322-611d847ae747' } }],
    ChatMessageEvent,
    { messageId: '1508b51c-aab0-428e-9322-611d847ae747', talkId: null },
  ),
  shape(
    'chat message with talk_id',
    'outgoing_chat_message',
    [],
    [{ message: { id: 'c2a7', talk_id: 4321 } }],
    ChatMessageEvent,
    { messageId: 'c2a7', talkId: '4321' },
  ),
  shape(
    'tags',
    'entity_tag_added',
    [{ tag: { name: 'tag2' } }, { tag: { name: 'tag2' } }],
    [{ tag: { name: 'tag 1' } }],
    TagsChangedEvent,
    { tagsBefore: ['tag2', 'tag2'], tagsAfter: ['tag 1'] },
  ),
  shape('tags removed', 'entity_tag_deleted', [{ tag: { name: 'vip' } }], [], TagsChangedEvent, {
    tagsBefore: ['vip'],
    tagsAfter: [],
  }),
  shape(
    'lead_status_changed',
    'lead_status_changed',
    [{ lead_status: { id: 5233224, pipeline_id: 437642 } }],
    [{ lead_status: { id: 142, pipeline_id: 437642 } }],
    LeadStatusChangedEvent,
    {
      statusRefBefore: { pipelineId: '437642', statusId: '5233224' },
      statusRefAfter: { pipelineId: '437642', statusId: '142' },
    },
  ),
  shape('link, nested entity', 'lead_linked', [], NESTED_LINK, LinkEvent, {
    linked: [ref(KommoEntityType.LEAD, '6232965')],
    unlinked: [],
  }),
  shape('link, flat variant', 'contact_linked', [], [{ link: { type: 'contact', id: 5 } }], LinkEvent, {
    linked: [ref(KommoEntityType.CONTACT, '5')],
    unlinked: [],
  }),
  shape(
    'link with a plural entity type',
    'entity_linked',
    [],
    [{ link: { entity: { type: 'companies', id: 9 } } }],
    LinkEvent,
    { linked: [ref(KommoEntityType.COMPANY, '9')], unlinked: [] },
  ),
  shape('unlink key', 'entity_unlinked', [], [{ unlink: { entity: { type: 'company', id: 77 } } }], LinkEvent, {
    linked: [],
    unlinked: [ref(KommoEntityType.COMPANY, '77')],
  }),
  shape(
    'value_before link of an *_unlinked event',
    'company_unlinked',
    [{ link: { entity: { type: 'company', id: 88 } } }],
    [],
    LinkEvent,
    { linked: [], unlinked: [ref(KommoEntityType.COMPANY, '88')] },
  ),
  shape(
    'entity_responsible_changed',
    'entity_responsible_changed',
    [{ responsible_user: { id: 37268 } }],
    [{ responsible_user: { id: 504329 } }],
    ResponsibleChangedEvent,
    { responsibleIdBefore: 37268, responsibleIdAfter: 504329 },
  ),
  shape(
    'responsible set to the robot (id 0)',
    'entity_responsible_changed',
    [{ responsible_user: { id: 37268 } }],
    [{ responsible_user: { id: 0 } }],
    ResponsibleChangedEvent,
    { responsibleIdBefore: 37268, responsibleIdAfter: 0 },
  ),
  shape(
    'task_deadline_changed',
    'task_deadline_changed',
    [{ task_deadline: { timestamp: 1573578700 } }],
    [{ task_deadline: { timestamp: 1573595900 } }],
    TaskDeadlineChangedEvent,
    {
      deadlineBefore: new Date('2019-11-12T17:11:40.000Z'),
      deadlineAfter: new Date('2019-11-12T21:58:20.000Z'),
    },
  ),
  shape(
    'task_type_changed',
    'task_type_changed',
    [{ task_type: { id: 37268 } }],
    [{ task_type: { id: 504329 } }],
    TaskTypeChangedEvent,
    { taskTypeIdBefore: '37268', taskTypeIdAfter: '504329' },
  ),
  shape(
    'custom_field_value_changed, multi-value',
    'custom_field_value_changed',
    CF_BEFORE,
    CF_AFTER,
    CustomFieldValueChangedEvent,
    {
      fieldId: '53728',
      valuesBefore: [cfValue(8, '193200', 'example@test.com')],
      valuesAfter: [cfValue(8, '2352876', 'example1@test.com'), cfValue(8, '2352876', 'example@test.com')],
    },
  ),
  shape(
    'custom_field_{ID}_value_changed takes the id from the key',
    'custom_field_777_value_changed',
    [{ custom_field_value: { field_id: 777, field_type: 2, enum_id: null, text: '1000', is_masked: false } }],
    [{ custom_field_value: { field_id: 777, field_type: 2, enum_id: null, text: '1500', is_masked: false } }],
    CustomFieldValueChangedEvent,
    { fieldId: '777', valuesBefore: [cfValue(2, null, '1000')], valuesAfter: [cfValue(2, null, '1500')] },
  ),
  shape(
    'custom field cleared (value_after [])',
    'custom_field_value_changed',
    CF_BEFORE,
    [],
    CustomFieldValueChangedEvent,
    { fieldId: '53728', valuesBefore: [cfValue(8, '193200', 'example@test.com')], valuesAfter: [] },
  ),
  shape(
    'sale as an integer',
    'sale_field_changed',
    [{ sale_field_value: { sale: 1000 } }],
    [{ sale_field_value: { sale: 1500 } }],
    SaleChangedEvent,
    { saleBefore: 1000, saleAfter: 1500 },
  ),
  shape(
    'sale with minor units wins',
    'sale_field_changed',
    [{ sale_field_value: { sale: 1000, sale_with_minor_units: 999.99 } }],
    [{ sale_field_value: { sale: 1500, sale_with_minor_units: 1500.5 } }],
    SaleChangedEvent,
    { saleBefore: 999.99, saleAfter: 1500.5 },
  ),
  shape(
    'name_field_changed',
    'name_field_changed',
    [{ name_field_value: { name: 'Old deal' } }],
    [{ name_field_value: { name: 'x' } }],
    NameChangedEvent,
    { nameBefore: 'Old deal', nameAfter: 'x' },
  ),
  shape(
    'an undocumented shape stays raw',
    'ltv_field_changed',
    [{ ltv_field_value: { ltv: 10 } }],
    [{ ltv_field_value: { ltv: 25.5 } }],
    GenericEvent,
    {},
  ),
  shape('a future key stays raw', 'talk_created', [], [{ talk: { id: 99 } }], GenericEvent, {}),
];

describe('decodeEvent: every value_before/value_after shape', () => {
  it.each(CASES)('%s (%s)', (_name, type, before, after, expected) => {
    expect(decodeEvent(rawEvent(type, before, after))).toStrictEqual(expected);
  });
});
