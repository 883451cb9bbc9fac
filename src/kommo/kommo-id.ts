/** Kommo ids are positive integers; anything else cannot exist upstream and costs no call. */
export function isKommoId(id: string): boolean {
  return /^[1-9]\d{0,15}$/.test(id);
}
