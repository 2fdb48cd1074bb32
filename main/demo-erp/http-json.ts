import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-errors';

/**
 * JSON in and out over node:http. Request bodies are checked in the order a client can fix them: media type
 * (415, RFC 9110 §15.5.16), size (413, §15.5.14), then encoding and syntax (400). JSON must be UTF-8 (RFC 8259
 * §8.1). Requiring application/json also keeps plain HTML forms from other sites out, since a browser cannot
 * send that type cross-origin without a CORS preflight.
 */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readJsonBody(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  requireJsonContentType(request.headers['content-type']);
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);

  const bytes = await readBytes(request, maxBytes);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new HttpError(400, 'request body is not valid UTF-8 (RFC 8259 §8.1 requires JSON to be UTF-8)');
  }
  if (text.trim() === '') throw new HttpError(400, 'request body is empty; send a JSON document');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new HttpError(400, `request body is not valid JSON: ${detail}`, [{ path: '', message: detail }]);
  }
}

/**
 * Collects the body up to `maxBytes`. Past the limit it stops keeping data but lets the rest drain, so the 413
 * answer reaches the client instead of a reset connection.
 */
function readBytes(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const detach = () => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      detach();
      request.resume();
      reject(tooLarge(maxBytes));
    };
    const onEnd = () => {
      detach();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      detach();
      reject(error);
    };
    // 'close' before 'end': the client went away mid-body (node:http emits no error then without listeners).
    const onClose = () => {
      detach();
      reject(new HttpError(400, 'the request body was cut short'));
    };
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

function requireJsonContentType(header: string | undefined): void {
  const [type = '', ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replaceAll('"', '');
  if (type === 'application/json' && (charset === undefined || charset === 'utf-8')) return;
  const got = header === undefined ? 'no Content-Type' : `Content-Type "${header}"`;
  throw new HttpError(415, `send the body as application/json (UTF-8); the request had ${got}`, undefined, {
    Accept: 'application/json',
  });
}

function tooLarge(maxBytes: number): HttpError {
  // Closing the connection spares reading the rest of an oversized body (RFC 9110 §15.5.14).
  return new HttpError(413, `request body is larger than ${maxBytes} bytes; send fewer events per batch`, undefined, {
    Connection: 'close',
  });
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(bytes.length),
    'Cache-Control': 'no-store',
  });
  response.end(bytes);
}

/** An answer with no content (204, RFC 9110 §15.3.5). */
export function sendEmpty(response: ServerResponse, status: number, headers: Readonly<Record<string, string>>): void {
  response.writeHead(status, headers);
  response.end();
}
