import { leadRow, newLeadRow } from '../../kommo/writes/entity-rows';
import { KommoEntityType } from '../common/entity-type.enum';
import { given } from '../common/input-rules';
import type { RecordWrites, Touched } from '../common/record-writes';
import type { CreateLeadInput, UpdateLeadInput } from './lead.input';
import { checkLead, checkNewLead } from './lead.rules';

/** How leads are written: their rules, their Kommo row, and the linked records whose cached state a write changes. */

export const LEAD_WRITES: RecordWrites<CreateLeadInput, UpdateLeadInput, 'leads'> = {
  type: KommoEntityType.LEAD,
  entity: 'leads',
  create: {
    check: checkNewLead,
    row: newLeadRow,
    touches: (input) => [
      ...(input.contacts ?? []).map((link): Touched => [KommoEntityType.CONTACT, link.id]),
      ...(given(input.companyId) ? [[KommoEntityType.COMPANY, input.companyId] as const] : []),
    ],
  },
  update: { check: checkLead, row: leadRow },
};
