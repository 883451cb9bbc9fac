import { applyAll, type KindWriter } from './context';
import { text } from './fields';
import { freshRecord, readRecordFields } from './record-fields';

/** Companies: a name is required on create and may not be blanked on update. */
export const companyWriter: KindWriter = {
  fresh: (id, ctx) => ({ ...freshRecord(id, ctx), _embedded: { tags: [], leads: [], contacts: [] } }),

  read(item, existing, ctx) {
    const name = text(item, 'name', ctx.check, existing ? 'filled' : 'required');
    return applyAll([
      readRecordFields(item, 'companies', ctx),
      (record) => {
        if (name !== undefined) record.name = name;
      },
    ]);
  },
};
