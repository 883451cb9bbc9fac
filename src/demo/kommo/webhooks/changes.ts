import { asInt } from '../../../lib/decode';
import type { KommoRecord } from '../store';
import type { Written } from '../writes/batch';
import type { WritableKind } from '../writes/context';

/**
 * What one written record means for Kommo's webhooks: the actions a hook can subscribe to. An
 * update is always `update`; a lead that moved stage or pipeline is also `status`, and a record
 * whose responsible user changed is also `responsible` (each is its own setting upstream).
 */
export type WebhookAction = 'add' | 'update' | 'status' | 'responsible';

export interface EntityChange {
  kind: WritableKind;
  action: WebhookAction;
  /** A snapshot after the write. */
  record: KommoRecord;
  before: KommoRecord | undefined;
}

export function changesOf(kind: WritableKind, items: readonly Written[]): EntityChange[] {
  return items.flatMap((item): EntityChange[] => {
    const record = structuredClone(item.record);
    const { before } = item;
    if (before === undefined) return [{ kind, action: 'add', record, before }];
    const actions: WebhookAction[] = ['update'];
    if (kind === 'leads' && (moved(before, record, 'status_id') || moved(before, record, 'pipeline_id')))
      actions.push('status');
    if (moved(before, record, 'responsible_user_id')) actions.push('responsible');
    return actions.map((action) => ({ kind, action, record, before }));
  });
}

function moved(before: KommoRecord, after: KommoRecord, field: string): boolean {
  return asInt(before[field]) !== asInt(after[field]);
}
