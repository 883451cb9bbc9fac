import type { Rng } from './random';

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A 26-char lowercase ULID-like id (Kommo event ids look like `01pz58t6p04ymgsgfbmfyfy1mf`):
 * 10 chars of millisecond time, then 16 seeded random chars. Later times sort later.
 */
export function ulid(unixSeconds: number, rng: Rng): string {
  let time = unixSeconds * 1000;
  let head = '';
  for (let i = 0; i < 10; i += 1) {
    head = (CROCKFORD[time % 32] ?? '0') + head;
    time = Math.floor(time / 32);
  }
  let tail = '';
  for (let i = 0; i < 16; i += 1) tail += CROCKFORD[rng.int(0, 31)] ?? '0';
  return head + tail;
}

/** A seeded version-4 UUID (chat message ids). */
export function uuid(rng: Rng): string {
  const hex = (n: number): string => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');
  const variant = (8 + rng.int(0, 3)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

/** ASCII lowercase letters and digits only (accents dropped): for e-mails and domains. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
