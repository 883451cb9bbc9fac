import { asInt } from '../../../lib/decode';
import { noteFilter } from '../filters/notes';
import { orderRows } from '../filters/order';
import { presentNote } from '../present/entities';
import { listPage } from '../query/paging';
import { child } from '../query/tree';
import type { KommoEntityKind } from '../records';
import { hal, problem } from '../responses';
import { findById, listOptions, param, STANDARD_PAGING, type RouteHandler } from './context';

/**
 * `GET /api/v4/{entity}/notes`, `/api/v4/{entity}/{id}/notes`, `/api/v4/{entity}/notes/{id}` and
 * `/api/v4/{entity}/{id}/notes/{note_id}`. Note lists link `next` only when another page exists.
 */

export function listNotes(kind: KommoEntityKind, byEntity: boolean): RouteHandler {
  return (ctx) => {
    const matches = noteFilter(child(ctx.tree, 'filter'));
    const entityId = byEntity ? asInt(param(ctx, 0)) : undefined;
    const rows = ctx.store.notes[kind].filter(
      (note) => matches(note) && (entityId === undefined || asInt(note.entity_id) === entityId),
    );
    return listPage(
      orderRows(rows, ctx.tree, ['updated_at', 'id']),
      listOptions(ctx, 'notes', STANDARD_PAGING, false),
      (note) => presentNote(note, kind, ctx.origin),
    );
  };
}

/** A missing note is a 404 problem (unlike leads and the like, which answer 204). */
export function noteById(kind: KommoEntityKind, byEntity: boolean): RouteHandler {
  return (ctx) => {
    const note = findById(ctx.store.notes[kind], param(ctx, byEntity ? 1 : 0));
    const entityMatches = !byEntity || (note !== undefined && asInt(note.entity_id) === asInt(param(ctx, 0)));
    return note && entityMatches ? hal(presentNote(note, kind, ctx.origin)) : problem(404, 'Note not found');
  };
}
