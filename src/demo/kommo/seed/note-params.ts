import type { JsonObject } from '../records';
import { uuid } from './ids';
import { CITIES, COMMON_NOTES, SITE_PAGES } from './names';
import type { Rng } from './random';
import { phoneNumber } from './field-values';

/** The note type each note-based event points at (reference §4.6, seed 001). */
export const NOTE_TYPE_BY_EVENT: Readonly<Record<string, string>> = {
  lead_added: 'extended_service_message',
  contact_added: 'extended_service_message',
  company_added: 'extended_service_message',
  common_note_added: 'common',
  common_note_deleted: 'common',
  attachment_note_added: 'attachment',
  targeting_in_note_added: 'targeting_in',
  targeting_out_note_added: 'targeting_out',
  geo_note_added: 'geolocation',
  service_note_added: 'service_message',
  site_visit_note_added: 'site_visit',
  message_to_cashier_note_added: 'message_cashier',
  incoming_call: 'call_in',
  outgoing_call: 'call_out',
  incoming_sms: 'sms_in',
  outgoing_sms: 'sms_out',
  link_followed: 'link_followed',
  task_result_added: 'common',
  ai_result: 'ai_result',
};

/** `params` for a note type, shaped like the SDK's note models. */
export function noteParams(
  rng: Rng,
  noteType: string,
  hint: { text?: string; phone?: string; what?: string } = {},
): JsonObject {
  const phone = hint.phone ?? phoneNumber(rng);
  switch (noteType) {
    case 'common':
      return { text: hint.text ?? rng.pick(COMMON_NOTES) };
    case 'extended_service_message':
      return { service: rng.pick(['Website form', 'Kommo', 'WhatsApp']), text: `${hint.what ?? 'Entity'} created` };
    case 'service_message':
      return {
        service: rng.pick(['Google Forms', 'Zapier', 'Invoice bot']),
        text: rng.pick(['Form submitted', 'Invoice #2291 sent', 'Document signed']),
      };
    case 'attachment': {
      const name = rng.pick(['proposal-v2.pdf', 'contract-draft.docx', 'site-photo.jpg', 'price-list.xlsx']);
      return {
        file_uuid: uuid(rng),
        version_uuid: uuid(rng),
        file_name: name,
        original_name: name,
        is_drive_attachment: true,
      };
    }
    case 'targeting_in':
    case 'targeting_out':
      return {
        service: rng.pick(['Facebook', 'Google Ads']),
        text: `${noteType === 'targeting_in' ? 'Added to' : 'Removed from'} the "Spring retargeting" audience`,
      };
    case 'geolocation': {
      const city = rng.pick(CITIES);
      return {
        text: 'Checked in at the client',
        address: city.address,
        longitude: city.longitude,
        latitude: city.latitude,
      };
    }
    case 'site_visit':
      return { url: `https://www.ponte-demo.example${rng.pick(SITE_PAGES)}`, text: 'Visited the website' };
    case 'message_cashier':
      return {
        status: rng.pick(['created', 'shown', 'canceled']),
        text: 'Please issue the invoice for the first month',
      };
    case 'call_in':
    case 'call_out':
      return {
        uniq: uuid(rng),
        duration: rng.int(0, 900),
        source: 'Twilio',
        link: `https://calls.ponte-demo.example/recordings/${uuid(rng)}.mp3`,
        phone,
        call_result: rng.pick(['', 'Discussed pricing', 'Left a voicemail']),
        call_status: rng.pick([1, 2, 4, 4, 4, 6, 7]),
      };
    case 'sms_in':
    case 'sms_out':
      return { text: rng.pick(['Thanks, received!', 'Can we talk tomorrow?', 'Your order has shipped.']), phone };
    case 'link_followed':
      return { url: `https://www.ponte-demo.example${rng.pick(SITE_PAGES)}`, text: 'Clicked a link in the newsletter' };
    case 'ai_result':
      return {
        text: 'The client is interested in the annual plan.',
        answer_id: uuid(rng),
        talk_id: rng.int(1_000, 9_999),
        is_error: false,
      };
    default:
      return { text: hint.text ?? '' };
  }
}
