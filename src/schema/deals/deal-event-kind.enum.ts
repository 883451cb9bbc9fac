import { registerEnumType } from 'type-graphql';

/** Values are the upstream `kind` strings; GraphQL shows the keys. */
export enum DealEventKind {
  NOTE = 'note',
  ACTIVITY = 'activity',
  CHATWOOT_MESSAGE = 'chatwoot_message',
  EVOLUTION_API_MESSAGE = 'evolution_api_message',
  DEAL_STAGE_CHANGE = 'deal_stage_change',
  DEAL_OPENED = 'deal_opened',
  DEAL_WON = 'deal_won',
  DEAL_LOST = 'deal_lost',
  DEAL_REOPENED = 'deal_reopened',
  DEAL_PRODUCT_ADDED = 'deal_product_added',
  DEAL_PRODUCT_REMOVED = 'deal_product_removed',
  UNKNOWN = '(unknown)',
}

registerEnumType(DealEventKind, {
  name: 'DealEventKind',
  description:
    'The WoofedCRM event kinds in UPPER_CASE. UNKNOWN stands for a kind WoofedCRM added later; see DealEvent.rawKind.',
  valuesConfig: {
    UNKNOWN: { description: 'A kind this version of Ponte does not know; the event is still served, with rawKind.' },
  },
});

const KNOWN = new Map<string, DealEventKind>(
  Object.values(DealEventKind)
    .filter((kind) => kind !== DealEventKind.UNKNOWN)
    .map((kind) => [kind, kind]),
);

export function dealEventKindOf(raw: string): DealEventKind {
  return KNOWN.get(raw) ?? DealEventKind.UNKNOWN;
}
