import type { WritableKind } from '../writes/context';
import type { EntityChange } from './changes';

/**
 * The actions a hook subscribes to (`settings` of `POST /api/v4/webhooks`), as Kommo names them:
 * `<action>_<entity>`. Kommo also has `restore_*`, `note_*`, `delete_*` and chat/customer
 * actions; they are accepted here, though the simulator has no write that triggers them.
 */
const ENTITIES = ['lead', 'contact', 'company', 'customer', 'task'] as const;
const ACTIONS = ['add', 'update', 'delete', 'restore', 'status', 'responsible', 'note'] as const;

export const WEBHOOK_SETTINGS: ReadonlySet<string> = new Set([
  ...ENTITIES.flatMap((entity) => ACTIONS.map((action) => `${action}_${entity}`)),
  'add_talk',
  'update_talk',
  'add_chat_template_review',
  'update_chat_template_review',
  'add_message',
]);

const ENTITY_OF: Readonly<Record<WritableKind, string>> = {
  leads: 'lead',
  contacts: 'contact',
  companies: 'company',
  tasks: 'task',
};

/** The setting a change fires (`status_lead`, `add_company`, `update_task`…). */
export function settingOf(change: EntityChange): string {
  return `${change.action}_${ENTITY_OF[change.kind]}`;
}
