/**
 * Fixed facts of the simulated Kommo account. Reference data (users, pipelines, statuses, task types,
 * custom fields, loss reasons) is the same for every seed so tests can name ids directly; only the
 * entities and the event timeline depend on the seed.
 */

/** 2026-01-01T00:00:00Z: the oldest seeded timestamp. Data never depends on the wall clock. */
export const KOMMO_EPOCH = 1_767_225_600;
/** 2026-05-01T00:00:00Z: the simulated "now"; every seeded timestamp is at or before it (deadlines may be later). */
export const KOMMO_NOW = KOMMO_EPOCH + 120 * 86_400;

export const KOMMO_ACCOUNT_ID = 31_234_567;
export const KOMMO_SUBDOMAIN = 'ponte-demo';
export const KOMMO_DEFAULT_TOKEN = 'demo-kommo-token';

export const USER_IDS = {
  ana: 5_000_001,
  bruno: 5_000_002,
  carla: 5_000_003,
  diego: 5_000_004,
  elena: 5_000_005,
  farid: 5_000_006,
} as const;

export const PIPELINE_IDS = { sales: 7_000_001, partners: 7_000_002 } as const;

/** 142 and 143 exist in every pipeline (Kommo's fixed won/lost statuses). */
export const STATUS_IDS = {
  won: 142,
  lost: 143,
  salesIncoming: 61_000_001,
  salesFirstContact: 61_000_002,
  salesQualification: 61_000_003,
  salesProposal: 61_000_004,
  salesNegotiation: 61_000_005,
  partnersIncoming: 61_000_011,
  partnersOnboarding: 61_000_012,
  partnersActive: 61_000_013,
} as const;

export const TASK_TYPE_IDS = { followUp: 1, meeting: 2, sendProposal: 3_001 } as const;

export const CUSTOM_FIELD_IDS = {
  leadSource: 880_001,
  leadBudget: 880_002,
  leadProduct: 880_003,
  contactPhone: 880_101,
  contactEmail: 880_102,
  contactPosition: 880_103,
  companyPhone: 880_201,
  companyWeb: 880_202,
} as const;

export const LOSS_REASON_IDS = {
  tooExpensive: 12_001,
  competitor: 12_002,
  noBudget: 12_003,
  noResponse: 12_004,
} as const;

/** First id of each seeded entity sequence (ids are consecutive from there). */
export const ID_BASES = {
  lead: 24_100_001,
  contact: 26_100_001,
  company: 28_100_001,
  task: 33_100_001,
  note: 40_100_001,
  customer: 36_100_001,
} as const;

export const SEED_COUNTS = {
  /** Lead id slots; `deletedLeads` of them are gone from the store but still named by events. */
  leadSlots: 310,
  deletedLeads: 10,
  contacts: 150,
  companies: 60,
  tasks: 150,
  events: 600,
} as const;
