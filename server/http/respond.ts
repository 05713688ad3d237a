/** Small answering helpers shared by the resource files: JSON and text replies, JSON bodies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Result, err, ok } from '../../shared/core/result';

/** `code` is a stable string a client switches on (e.g. a JoinRefusal); `message` is for people. */
export type HttpError = { status: number; message: string; code?: string; details?: unknown };

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  contentType = 'text/plain; charset=utf-8',
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

export function sendError(response: ServerResponse, error: HttpError): void {
  const body: Record<string, unknown> = { error: error.message };
  if (error.code !== undefined) body.code = error.code;
  if (error.details !== undefined) body.details = error.details;
  sendJson(response, error.status, body);
}

export function sendNoContent(response: ServerResponse): void {
  response.writeHead(204, { 'Cache-Control': 'no-store' });
  response.end();
}

/** Reads a JSON body up to `limit` bytes; an empty body reads as `{}`. */
export async function readJsonBody(
  request: IncomingMessage,
  limit: number,
): Promise<Result<unknown, HttpError>> {
  const read = await readSizedJsonBody(request, limit);
  return read.ok ? ok(read.value.value) : read;
}

/** readJsonBody, plus how many bytes the body had (for byte budgets). */
export async function readSizedJsonBody(
  request: IncomingMessage,
  limit: number,
): Promise<Result<{ value: unknown; bytes: number }, HttpError>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) return err({ status: 413, message: `body larger than ${limit} bytes` });
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return ok({ value: {}, bytes: size });
  try {
    return ok({ value: JSON.parse(text) as unknown, bytes: size });
  } catch {
    return err({ status: 400, message: 'body is not valid JSON' });
  }
}
