import type { KommoSeed } from '../store';
import { createCompanies } from './companies';
import { createContacts } from './contacts';
import { createCustomFields } from './custom-fields';
import { createLeads } from './leads';
import { applyClosestTasks, linkEntities } from './links';
import { createRng } from './random';
import {
  createAccount,
  createLossReasons,
  createPipelines,
  createTaskTypes,
  createUsers,
  createUsersGroups,
} from './reference-data';
import { createTasks } from './tasks';
import { createTimeline } from './timeline';

/**
 * The simulator's data as a pure function of `seed`: same seed, same JSON. Reference data is the
 * same for every seed; entities, notes and events vary with it.
 */
export function createKommoSeed(seed = 42): KommoSeed {
  const rng = createRng(seed);
  const users = createUsers();
  const pipelines = createPipelines();
  const lossReasons = createLossReasons();
  const customFields = createCustomFields();
  const companies = createCompanies(rng, users, customFields.companies);
  const contacts = createContacts(rng, users, customFields.contacts, companies);
  const { leads, ghosts } = createLeads(rng, users, customFields.leads, lossReasons, contacts, companies);
  linkEntities(leads, contacts, companies);
  const tasks = createTasks(rng, users, { leads, contacts, companies });
  applyClosestTasks(tasks, { leads, contacts, companies });
  const { events, notes } = createTimeline(rng, {
    users,
    pipelines,
    customFields,
    leads,
    ghosts,
    contacts,
    companies,
    tasks,
  });
  return {
    seed,
    account: createAccount(),
    usersGroups: createUsersGroups(),
    users,
    pipelines,
    taskTypes: createTaskTypes(),
    lossReasons,
    customFields,
    leads,
    contacts,
    companies,
    tasks,
    notes,
    events,
    deletedLeadIds: ghosts.map((ghost) => ghost.id),
  };
}
