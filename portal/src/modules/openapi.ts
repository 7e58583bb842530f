import { useEffect, useState } from 'react';
import type { CodeSample } from '../docs/CodeSamples';

/** The OpenAPI document the server serves; the modules and quickstart pages are drawn from it. */
export const OPENAPI_URL = '/v1/openapi.json';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** One documented sandbox value that forces an outcome (x-keybs-magic-values). */
export interface MagicValue {
  field: string;
  value: string;
  outcome: string;
}

export interface ApiOperation {
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name?: string; in?: string; required?: boolean; description?: string; $ref?: string }[];
  requestBody?: { content?: Record<string, { example?: unknown }> };
  security?: Record<string, string[]>[];
  'x-codeSamples'?: CodeSample[];
  'x-keybs-magic-values'?: MagicValue[];
  'x-keybs-module'?: string;
  'x-required-scope'?: string;
}

export interface ApiDocument {
  servers?: { url: string }[];
  paths?: Record<string, Record<string, Omit<ApiOperation, 'method' | 'path'>>>;
  components?: { parameters?: Record<string, { name: string; in: string; required?: boolean; description?: string }> };
  'x-keybs-quickstart'?: Record<string, string[]>;
}

/** Every operation of the document, in document order. */
export function operationsIn(doc: ApiDocument): ApiOperation[] {
  const out: ApiOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) out.push({ ...op, method, path });
    }
  }
  return out;
}

/** The API-key scopes an operation requires. */
export function scopesOf(op: ApiOperation): string[] {
  const out = new Set<string>();
  if (op['x-required-scope']) out.add(op['x-required-scope']);
  for (const req of op.security ?? []) for (const scopes of Object.values(req)) scopes.forEach((s) => out.add(s));
  return [...out];
}

/** A granted scope covers itself and every scope below it ("invoke:primitives" covers "invoke:primitives.screening"). */
function covers(granted: string, wanted: string): boolean {
  return wanted === granted || wanted.startsWith(`${granted}.`);
}

export interface ModuleLike {
  id: string;
  scopes: readonly string[];
}

/**
 * Groups the document's operations by module: an operation naming its
 * module (x-keybs-module) goes there, any other to the module whose scopes
 * cover the scope it requires. So an operation added to the document shows
 * up under its module without a change here.
 */
export function operationsByModule(doc: ApiDocument, modules: readonly ModuleLike[]): Map<string, ApiOperation[]> {
  const groups = new Map<string, ApiOperation[]>(modules.map((m) => [m.id, []]));
  for (const op of operationsIn(doc)) {
    const named = op['x-keybs-module']?.toUpperCase();
    const scopes = scopesOf(op);
    const module = named && groups.has(named) ? named : modules.find((m) => scopes.some((s) => m.scopes.some((g) => covers(g, s))))?.id;
    if (module) groups.get(module)!.push(op);
  }
  return groups;
}

/**
 * The sandbox values that force an operation's outcomes: its
 * x-keybs-magic-values when the document has them, else the sentences of its
 * description that name them.
 */
export function magicValuesOf(op: ApiOperation): { values: MagicValue[]; text: string | null } {
  const values = op['x-keybs-magic-values'];
  if (values && values.length > 0) return { values, text: null };
  const paragraph = (op.description ?? '').split(/\n\n+/).find((p) => /magic value|sandbox/i.test(p) && !/no magic values/i.test(p));
  return { values: [], text: paragraph ? paragraph.replace(/\*\*/g, '') : null };
}

/** The example request body of an operation, when it has one. */
export function exampleBody(op: ApiOperation): unknown {
  return op.requestBody?.content?.['application/json']?.example;
}

/** Loads the server's OpenAPI document once per page. */
export function useApiDocument(url: string = OPENAPI_URL): { doc: ApiDocument | null; error: string | null } {
  const [doc, setDoc] = useState<ApiDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetch(url)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url} answered ${r.status}`))))
      .then((d: ApiDocument) => live && setDoc(d))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [url]);
  return { doc, error };
}

/** Where the API is: the document's first server, else this origin. */
export function baseUrlOf(doc: ApiDocument): string {
  return doc.servers?.[0]?.url ?? window.location.origin;
}
