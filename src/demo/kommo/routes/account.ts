import { withSelf } from '../present/links';
import { hal } from '../responses';
import type { KommoRecord } from '../store';
import type { RouteHandler } from './context';

/** `GET /api/v4/account`: `with=` adds the embedded lists and flags it knows; others are accepted and ignored. */
export const account: RouteHandler = (ctx) => {
  const served = withSelf(ctx.store.account, `${ctx.origin}/api/v4/account`);
  const extras: Record<string, () => unknown> = {
    amojo_id: () => 'f3c6340d-4b0a-4a8e-8e86-0d4c5e2b7a10',
    uuid: () => '0a6b7c1e-52f4-4d7e-9a55-6b1f3e2d8c47',
    version: () => 16,
    is_api_filter_enabled: () => true,
    drive_url: () => 'https://drive-b.kommo.com',
  };
  for (const [key, value] of Object.entries(extras)) if (ctx.withSet.has(key)) served[key] = value();
  const embedded: KommoRecord = {};
  if (ctx.withSet.has('task_types')) embedded.task_types = ctx.store.taskTypes;
  if (ctx.withSet.has('users_groups')) embedded.users_groups = ctx.store.usersGroups;
  if (ctx.withSet.has('amojo_rights')) embedded.amojo_rights = { can_direct: true, can_create_groups: true };
  if (ctx.withSet.has('datetime_settings')) {
    embedded.datetime_settings = {
      date_pattern: 'd.m.Y H:i',
      short_date_pattern: 'd.m.Y',
      short_time_pattern: 'H:i',
      date_format: 'd.m.Y',
      time_format: 'H:i',
      timezone: 'America/Sao_Paulo',
      timezone_offset: '-03:00',
    };
  }
  if (Object.keys(embedded).length > 0) served._embedded = embedded;
  return hal(served);
};
