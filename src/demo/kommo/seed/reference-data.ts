import {
  KOMMO_ACCOUNT_ID,
  KOMMO_EPOCH,
  KOMMO_SUBDOMAIN,
  LOSS_REASON_IDS,
  PIPELINE_IDS,
  STATUS_IDS,
  TASK_TYPE_IDS,
  USER_IDS,
} from '../constants';
import type {
  KommoAccount,
  KommoEntityRights,
  KommoLossReason,
  KommoPipeline,
  KommoStatus,
  KommoTaskType,
  KommoUser,
  KommoUsersGroup,
} from '../records';

/** Reference data: identical for every seed. */

const CREATED = KOMMO_EPOCH - 400 * 86_400;

export function createAccount(): KommoAccount {
  return {
    id: KOMMO_ACCOUNT_ID,
    name: 'Ponte Demo Trading',
    subdomain: KOMMO_SUBDOMAIN,
    created_at: CREATED,
    created_by: USER_IDS.ana,
    updated_at: KOMMO_EPOCH - 30 * 86_400,
    updated_by: USER_IDS.ana,
    current_user_id: USER_IDS.ana,
    country: 'BR',
    currency: 'USD',
    currency_symbol: '$',
    customers_mode: 'disabled',
    is_unsorted_on: true,
    is_loss_reason_enabled: true,
    is_helpbot_enabled: true,
    is_technical_account: false,
    contact_name_display_order: 1,
    mobile_feature_version: 0,
  };
}

export const GROUP_IDS = { main: 0, inside: 410_001, partners: 410_002 } as const;

export function createUsersGroups(): KommoUsersGroup[] {
  return [
    { id: GROUP_IDS.main, name: 'Main', uuid: null },
    { id: GROUP_IDS.inside, name: 'Inside sales', uuid: null },
    { id: GROUP_IDS.partners, name: 'Partners desk', uuid: null },
  ];
}

const ALL: KommoEntityRights = { view: 'A', edit: 'A', add: 'A', delete: 'A', export: 'A' };
const OWN: KommoEntityRights = { view: 'M', edit: 'M', add: 'A', delete: 'D', export: 'D' };

function user(id: number, name: string, email: string, lang: string, groupId: number, admin: boolean): KommoUser {
  const rights = admin ? ALL : { ...ALL, delete: 'D', export: 'D' };
  return {
    id,
    name,
    email,
    lang,
    rights: {
      leads: rights,
      contacts: rights,
      companies: rights,
      tasks: { edit: 'A', delete: admin ? 'A' : 'D' },
      mail_access: true,
      catalog_access: admin,
      status_rights: [],
      is_admin: admin,
      is_free: false,
      is_active: true,
      group_id: groupId,
      role_id: admin ? null : 9_001,
    },
  };
}

export function createUsers(): KommoUser[] {
  const farid = user(
    USER_IDS.farid,
    'Farid Haddad',
    'farid.haddad@ponte-demo.example',
    'en',
    GROUP_IDS.partners,
    false,
  );
  farid.rights = {
    ...farid.rights,
    leads: OWN,
    contacts: OWN,
    companies: OWN,
    tasks: { edit: 'M', delete: 'D' },
    mail_access: false,
    status_rights: [
      {
        entity_type: 'leads',
        pipeline_id: PIPELINE_IDS.sales,
        status_id: STATUS_IDS.won,
        rights: { view: 'D', edit: 'D', delete: 'D' },
      },
    ],
    role_id: 9_002,
  };
  return [
    user(USER_IDS.ana, 'Ana Souza', 'ana.souza@ponte-demo.example', 'pt', GROUP_IDS.main, true),
    user(USER_IDS.bruno, 'Bruno Lima', 'bruno.lima@ponte-demo.example', 'pt', GROUP_IDS.inside, false),
    user(USER_IDS.carla, 'Carla Mendes', 'carla.mendes@ponte-demo.example', 'es', GROUP_IDS.inside, false),
    user(USER_IDS.diego, 'Diego Ferreira', 'diego.ferreira@ponte-demo.example', 'en', GROUP_IDS.inside, false),
    user(USER_IDS.elena, 'Elena Petrova', 'elena.petrova@ponte-demo.example', 'en', GROUP_IDS.main, true),
    farid,
  ];
}

function status(pipelineId: number, id: number, name: string, sort: number, color: string, type = 0): KommoStatus {
  const system = type === 1 || id === STATUS_IDS.won || id === STATUS_IDS.lost;
  return { id, name, sort, is_editable: !system, pipeline_id: pipelineId, color, type, account_id: KOMMO_ACCOUNT_ID };
}

function closing(pipelineId: number): KommoStatus[] {
  return [
    status(pipelineId, STATUS_IDS.won, 'Closed - won', 10_000, '#ccff66'),
    status(pipelineId, STATUS_IDS.lost, 'Closed - lost', 11_000, '#d5d8db'),
  ];
}

export function createPipelines(): KommoPipeline[] {
  const sales = PIPELINE_IDS.sales;
  const partners = PIPELINE_IDS.partners;
  const base = { is_unsorted_on: true, is_archive: false, account_id: KOMMO_ACCOUNT_ID };
  return [
    {
      id: sales,
      name: 'Sales funnel',
      sort: 1,
      is_main: true,
      ...base,
      _embedded: {
        statuses: [
          status(sales, STATUS_IDS.salesIncoming, 'Incoming leads', 10, '#c1c1c1', 1),
          status(sales, STATUS_IDS.salesFirstContact, 'First contact', 20, '#99ccff'),
          status(sales, STATUS_IDS.salesQualification, 'Qualification', 30, '#ffcc66'),
          status(sales, STATUS_IDS.salesProposal, 'Proposal sent', 40, '#ffff99'),
          status(sales, STATUS_IDS.salesNegotiation, 'Negotiation', 50, '#ff8f92'),
          ...closing(sales),
        ],
      },
    },
    {
      id: partners,
      name: 'Partners',
      sort: 2,
      is_main: false,
      ...base,
      _embedded: {
        statuses: [
          status(partners, STATUS_IDS.partnersIncoming, 'Incoming leads', 10, '#c1c1c1', 1),
          status(partners, STATUS_IDS.partnersOnboarding, 'Onboarding', 20, '#d6eaff'),
          status(partners, STATUS_IDS.partnersActive, 'Active partner', 30, '#87f2c0'),
          ...closing(partners),
        ],
      },
    },
  ];
}

export function createTaskTypes(): KommoTaskType[] {
  return [
    { id: TASK_TYPE_IDS.followUp, name: 'Follow-up', color: null, icon_id: null, code: 'FOLLOW_UP' },
    { id: TASK_TYPE_IDS.meeting, name: 'Meeting', color: null, icon_id: null, code: 'MEETING' },
    { id: TASK_TYPE_IDS.sendProposal, name: 'Send proposal', color: '#ffc8c8', icon_id: 5, code: null },
  ];
}

export function createLossReasons(): KommoLossReason[] {
  const reasons: Array<[number, string]> = [
    [LOSS_REASON_IDS.tooExpensive, 'Too expensive'],
    [LOSS_REASON_IDS.competitor, 'Chose a competitor'],
    [LOSS_REASON_IDS.noBudget, 'No budget this year'],
    [LOSS_REASON_IDS.noResponse, 'Stopped responding'],
  ];
  return reasons.map(([id, name], index) => ({
    id,
    name,
    sort: (index + 1) * 10,
    created_at: CREATED,
    updated_at: CREATED,
  }));
}
