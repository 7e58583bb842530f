/**
 * The test key created in this browser tab, kept only in memory so the API
 * reference can fill it into code samples (as Stripe's docs do). It is never
 * written to storage nor sent to the server, and it is gone on reload: a key
 * created earlier is shown by its prefix with a link to create a new one.
 */
let created: string | null = null;
const listeners = new Set<() => void>();

/** A test key of any kind: kbs_test_…, kbs_rk_test_…, kbs_pk_test_…. */
export function isTestKey(secret: string): boolean {
  return /^kbs_((rk|pk)_)?test_/.test(secret);
}

/** Remembers a newly created key when it is a test key; live keys are never kept. */
export function rememberCreatedKey(secret: string) {
  if (!isTestKey(secret)) return;
  created = secret;
  listeners.forEach((l) => l());
}

export function createdTestKey(): string | null {
  return created;
}

export function subscribeCreatedKey(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: forget the key. */
export function forgetCreatedKey() {
  created = null;
  listeners.forEach((l) => l());
}
