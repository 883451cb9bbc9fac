/**
 * Kommo's validation `path` (`custom_fields_values.0.values.1.enum_id`) → the camelCase input
 * field relative to one input item (`customFieldsValues[0].values[1].enumId`), or '' for the item
 * itself. Row builders keep input order and nesting, so positions carry over one to one; the
 * only renames are the lead links, the task result and a value's `value` (the item itself).
 */
export function inputFieldOf(kommoPath: string | undefined): string {
  if (kommoPath === undefined || kommoPath === '' || kommoPath === 'request_id') return '';
  if (/^_embedded\.companies(\.|$)/.test(kommoPath)) return 'companyId';
  const path = kommoPath
    .replace(/^_embedded\./, '')
    .replace(/^result\.text$/, 'result')
    .replace(/(values\.\d+)\.value$/, '$1');
  return path
    .split('.')
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : `${index === 0 ? '' : '.'}${camel(segment)}`))
    .join('');
}

function camel(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}
