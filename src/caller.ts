/** Who sent a request, as the edge established it (CONTRACT §5.1). Logs name callers by `name`. */
export interface Caller {
  /** The API key's label, the JWT's `sub`, or `anonymous`; never a credential. */
  name: string;
  via: 'api-key' | 'jwt' | 'anonymous';
  /** Write scope (mutations); every caller that got this far may read. */
  canWrite: boolean;
}
