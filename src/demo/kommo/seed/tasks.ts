import { ID_BASES, KOMMO_ACCOUNT_ID, KOMMO_NOW, SEED_COUNTS, TASK_TYPE_IDS } from '../constants';
import type { KommoCompany, KommoContact, KommoEntityKind, KommoLead, KommoTask, KommoUser } from '../records';
import { TASK_RESULTS, TASK_TEXTS } from './names';
import type { Rng } from './random';
import { groupOf, pickAuthor } from './staff';

type Owner = { kind: KommoEntityKind; id: number; created_at: number; responsible_user_id: number };

/** Tasks on leads (70%), contacts (18%) and companies (12%); ids ascend with creation. */
export function createTasks(
  rng: Rng,
  users: readonly KommoUser[],
  entities: { leads: readonly KommoLead[]; contacts: readonly KommoContact[]; companies: readonly KommoCompany[] },
): KommoTask[] {
  const drafts = Array.from({ length: SEED_COUNTS.tasks }, () => {
    const kind = rng.weighted<KommoEntityKind>([
      ['leads', 70],
      ['contacts', 18],
      ['companies', 12],
    ]);
    const entity = rng.pick<KommoLead | KommoContact | KommoCompany>(entities[kind]);
    const owner: Owner = {
      kind,
      id: entity.id,
      created_at: entity.created_at,
      responsible_user_id: entity.responsible_user_id,
    };
    return { owner, createdAt: rng.int(owner.created_at, KOMMO_NOW - 3_600) };
  }).sort((a, b) => a.createdAt - b.createdAt);

  return drafts.map(({ owner, createdAt }, index): KommoTask => {
    const typeId = rng.weighted<number>([
      [TASK_TYPE_IDS.followUp, 55],
      [TASK_TYPE_IDS.meeting, 25],
      [TASK_TYPE_IDS.sendProposal, 20],
    ]);
    const completeTill = createdAt + rng.int(1, 10) * 86_400 + rng.int(0, 8) * 3_600;
    const completed = completeTill < KOMMO_NOW ? rng.chance(0.75) : rng.chance(0.1);
    const updatedAt = completed
      ? rng.int(createdAt, Math.min(completeTill + 86_400, KOMMO_NOW))
      : rng.int(createdAt, KOMMO_NOW);
    const responsible = rng.chance(0.8) ? owner.responsible_user_id : pickAuthor(rng, 0);
    return {
      id: ID_BASES.task + index,
      created_by: pickAuthor(rng, 0.1),
      updated_by: pickAuthor(rng, 0.05),
      created_at: createdAt,
      updated_at: updatedAt,
      responsible_user_id: responsible,
      group_id: groupOf(users, responsible),
      entity_id: owner.id,
      entity_type: owner.kind,
      is_completed: completed,
      task_type_id: typeId,
      text: rng.pick(TASK_TEXTS[typeId] ?? ['Follow up']),
      duration: typeId === TASK_TYPE_IDS.meeting ? 3_600 : rng.pick([0, 0, 900]),
      complete_till: completeTill,
      result: completed && rng.chance(0.6) ? { text: rng.pick(TASK_RESULTS) } : [],
      account_id: KOMMO_ACCOUNT_ID,
    };
  });
}
