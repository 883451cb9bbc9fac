/**
 * `createWoofedSeed(seed)`: a deterministic store. The structure is fixed (deal N belongs to
 * contact ((N-1) % 20) + 1; deals 1–22 in pipeline 1, 23–30 in pipeline 2; deals 7/17/27 won,
 * 9/19/29 lost; every deal has a deal_opened event; deals N ≡ 1 (mod 5) have a delivered
 * WhatsApp message, N ≡ 3 (mod 5) a delivered Chatwoot one; deal 4 a WhatsApp message scheduled
 * for 2025-01-09 with auto_done); names, values, stages and notes/activities vary with the seed.
 * All instants are relative to SEED_BASE (2025-01-06), never the clock.
 */
import { seededRandom } from '../http';
import { logDealEvent, logStageChange } from './deal-log';
import { runDueJobs } from './delivery';
import * as data from './seed-data';
import { at, CHATWOOT_APP_ID, CHATWOOT_INBOX_IDS, EVOLUTION_APP_ID } from './seed-data';
import { appendEvent, firstStage } from './store';
import type { WoofedContact, WoofedDeal, WoofedStore } from './types';

export const SEED_CONTACTS = 20;
export const SEED_DEALS = 30;

type Random = ReturnType<typeof seededRandom>;
const pick = <T>(rng: Random, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const int = (rng: Random, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

export function createWoofedSeed(seed = 7): WoofedStore {
  const rng = seededRandom(seed);
  const { pipelines, stages } = data.seedPipelines();
  const store: WoofedStore = {
    account_id: 1,
    token_user_id: 1,
    users: data.seedUsers(),
    pipelines,
    stages,
    contacts: [],
    deals: [],
    deal_assignees: [],
    apps: data.seedApps(),
    events: [],
    counters: {
      chatwootMessageId: 18_201,
      chatwootConversationId: 2_301,
      chatwootConversations: {},
      evolutionMessageId: 1,
    },
  };
  for (let id = 1; id <= SEED_CONTACTS; id += 1) store.contacts.push(seedContact(rng, store, id));
  for (let id = 1; id <= SEED_DEALS; id += 1) seedDeal(rng, store, id);
  // Rows get ids in creation order, as a database sequence would give them.
  store.events.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id - b.id);
  store.events.forEach((event, index) => {
    event.id = index + 1;
  });
  return store;
}

function seedContact(rng: Random, store: WoofedStore, id: number): WoofedContact {
  let first = '';
  let last = '';
  do {
    first = pick(rng, data.FIRST_NAMES);
    last = pick(rng, data.LAST_NAMES);
  } while (store.contacts.some((c) => c.full_name === `${first} ${last}`));
  let phone = '';
  do phone = `+55${pick(rng, data.AREA_CODES)}9${String(int(rng, 0, 99_999_999)).padStart(8, '0')}`;
  while (store.contacts.some((c) => c.phone === phone));
  const slug = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/[^a-zA-Z]/g, '')
      .toLowerCase();
  const created = at(-100 + id * 2, int(rng, 0, 600));
  return {
    id,
    full_name: `${first} ${last}`,
    phone,
    email: `${slug(first)}.${slug(last)}@${pick(rng, data.EMAIL_DOMAINS)}`,
    custom_attributes: { cidade: pick(rng, data.CITIES) },
    additional_attributes: { chatwoot_id: 4_100 + id },
    app_type: null,
    app_id: null,
    created_at: created,
    updated_at: created,
    label_list: data.LABELS.filter(() => rng() < 0.3),
    chatwoot_conversations_label_list: [],
  };
}

function seedDeal(rng: Random, store: WoofedStore, id: number): void {
  const contact = store.contacts[(id - 1) % SEED_CONTACTS] as WoofedContact;
  const pipelineId = id <= 22 ? 1 : 2;
  const status = [7, 17, 27].includes(id) ? 'won' : [9, 19, 29].includes(id) ? 'lost' : 'open';
  const pipelineStages = store.stages.filter((s) => s.pipeline_id === pipelineId);
  const opening = firstStage(store, pipelineId)?.id ?? 1;
  const stageId = status === 'won' ? (pipelineStages.at(-1)?.id ?? opening) : pick(rng, pipelineStages).id;
  const earliest = Math.max(contact.created_at.getTime() + data.DAY_MS, at(-95 + id * 2.5).getTime());
  const created = new Date(earliest + int(rng, 0, 480) * 60_000);
  const deal: WoofedDeal = {
    id,
    name: `${pick(rng, data.PRODUCTS)} - ${contact.full_name.split(' ')[1] ?? contact.full_name}`,
    status: 'open',
    stage_id: opening,
    contact_id: contact.id,
    custom_attributes: { origem: pick(rng, data.ORIGINS) },
    created_at: created,
    updated_at: created,
    pipeline_id: pipelineId,
    position: store.deals.filter((d) => d.stage_id === stageId).length + 1,
    created_by_id: (id % 3) + 1,
    total_deal_products_amount_in_cents: int(rng, 5, 200) * 10_000,
    lost_at: null,
    won_at: null,
    lost_reason: '',
  };
  store.deals.push(deal);
  store.deal_assignees.push({
    id,
    deal_id: id,
    user_id: deal.created_by_id ?? 1,
    created_at: created,
    updated_at: created,
  });
  logDealEvent(store, deal, 'deal_opened', created);
  const day = (n: number, minutes = 0): Date => new Date(created.getTime() + n * data.DAY_MS + minutes * 60_000);
  if (stageId !== opening) {
    deal.stage_id = stageId;
    logStageChange(store, deal, opening, day(1));
  }
  if (rng() < 0.6) appendEvent(store, deal, 'note', day(2), { content: pick(rng, data.NOTES), done_at: day(2) });
  if (rng() < 0.5) {
    const [title, content] = pick(rng, data.ACTIVITIES);
    const due = rng() < 0.5 ? day(4) : at(int(rng, 1, 14), 0);
    const doneAt = due < data.SEED_BASE ? due : null;
    appendEvent(store, deal, 'activity', day(3), { title, content, scheduled_at: due, done_at: doneAt });
  }
  if (id % 5 === 1 || id % 5 === 3) seedMessage(rng, store, deal, day(5));
  if (status !== 'open') {
    deal.status = status;
    deal.won_at = status === 'won' ? day(8) : null;
    deal.lost_at = status === 'lost' ? day(8) : null;
    deal.lost_reason = status === 'lost' ? pick(rng, data.LOST_REASONS) : '';
    logDealEvent(store, deal, status === 'won' ? 'deal_won' : 'deal_lost', day(8));
  }
  if (id === 4) {
    const content = pick(rng, data.MESSAGES);
    const message = appendEvent(store, deal, 'evolution_api_message', day(6), {
      title: 'Whatsapp Message',
      content,
      app_type: 'Apps::EvolutionApi',
      app_id: EVOLUTION_APP_ID,
      auto_done: true,
      scheduled_at: at(3, 0),
    });
    message.delivery = { state: 'scheduled', runAt: at(3, 0) };
  }
  const dealEvents = store.events.filter((e) => e.deal_id === id);
  deal.updated_at = dealEvents.reduce((max, e) => (e.created_at > max ? e.created_at : max), created);
}

/** A message sent through the app, delivered a minute later by the job (ids from the counters). */
function seedMessage(rng: Random, store: WoofedStore, deal: WoofedDeal, when: Date): void {
  const chatwoot = deal.id % 5 === 3;
  const message = appendEvent(store, deal, chatwoot ? 'chatwoot_message' : 'evolution_api_message', when, {
    title: chatwoot ? 'Chatwoot Message' : 'Whatsapp Message',
    content: pick(rng, data.MESSAGES),
    app_type: chatwoot ? 'Apps::Chatwoot' : 'Apps::EvolutionApi',
    app_id: chatwoot ? CHATWOOT_APP_ID : EVOLUTION_APP_ID,
    scheduled_at: when,
    additional_attributes: chatwoot ? { chatwoot_inbox_id: pick(rng, CHATWOOT_INBOX_IDS) } : {},
  });
  message.delivery = { state: 'enqueued', runAt: when };
  runDueJobs(store, new Date(when.getTime() + 60_000));
}
