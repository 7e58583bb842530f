/** The SHA-256 of a file as 64 lower-case hex characters, computed in the browser; the file never leaves it. */
export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether this page may hash files (Web Crypto needs a secure context: https, or localhost). */
export function canHashFiles(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.digest === 'function';
}

export interface DocumentFormValues {
  kind: string;
  filename: string;
  storagePath: string;
  sha256: string;
}

export const DOCUMENT_FORM_FIELDS = ['kind', 'filename', 'storagePath', 'sha256'] as const;

export function validateDocumentForm(v: DocumentFormValues): Partial<Record<keyof DocumentFormValues, string>> {
  const errors: Partial<Record<keyof DocumentFormValues, string>> = {};
  if (!v.filename.trim()) errors.filename = 'Choose a file, or enter its name.';
  else if (/[/\\]/.test(v.filename)) errors.filename = 'A file name, without folders.';
  if (!v.storagePath.trim()) errors.storagePath = 'Enter where you keep the file, e.g. s3://bucket/licence.pdf.';
  else if (v.storagePath.includes('..')) errors.storagePath = 'The path must not contain “..”.';
  if (!/^[0-9a-fA-F]{64}$/.test(v.sha256.trim())) errors.sha256 = 'Choose the file to compute it, or paste its 64-character SHA-256.';
  return errors;
}
