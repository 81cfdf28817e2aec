import { AuthError } from '../errors.ts';

/** Why a request body could not be read. Each route turns it into its own contract error. */
export class BodyError extends Error {
  constructor(
    message: string,
    /** 413 for a body over the size limit, 400 otherwise. */
    readonly status: 400 | 413 = 400,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}

export const MAX_BODY_BYTES = 16 * 1024;
const MAX_JSON_DEPTH = 8;

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_JSON_DEPTH || value === null || typeof value !== 'object') return depth;
  let deepest = depth;
  // `for…in` over JSON.parse's output: own keys only (its objects have no inherited enumerable
  // ones), and no array of values made for every object, as Object.values would.
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    const childDepth =
      child !== null && typeof child === 'object' ? depthOf(child, depth + 1) : depth + 1;
    if (childDepth > deepest) deepest = childDepth;
  }
  return deepest;
}

/**
 * `readBody` for the Authentication API: an unreadable body becomes an `AuthError` with the
 * route's own error code (`bad.request` for `/passwordless/start`, `invalid_request` for `/oauth/token`).
 */
export function readAuthApiBody(
  request: Request,
  errorCode: string,
): Promise<Record<string, unknown>> {
  return readBody(request).catch((error: unknown) => {
    if (error instanceof BodyError) throw new AuthError(error.status, errorCode, error.message);
    throw error;
  });
}

/** The media type of a `Content-Type` header, lowercased, without its parameters. */
const mediaTypeOf = (header: string | null): string =>
  // The header every JSON client sends, as it is sent: no splitting for it.
  header === 'application/json' ? header : (header ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Reads a JSON or form-encoded body into a plain record. Keys such as `__proto__` become own
 * properties (never prototypes), so they are rejected later like any other unknown field.
 * A chain of promises rather than nested async functions: every start and token request reads a
 * body, and each async layer was a promise and a turn of the microtask queue more.
 */
export function readBody(request: Request): Promise<Record<string, unknown>> {
  let contentType: string;
  let text: Promise<string>;
  try {
    contentType = mediaTypeOf(request.headers.get('content-type'));
    text = readBodyText(request);
  } catch (error) {
    return Promise.reject(error);
  }
  return text.then((body) => parseBody(contentType, body));
}

function parseBody(contentType: string, text: string): Record<string, unknown> {
  if (contentType === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (
    contentType === 'application/json' ||
    contentType.endsWith('+json') ||
    (!contentType && text.trim().startsWith('{'))
  ) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new BodyError('The body is not valid JSON');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new BodyError('The body must be a JSON object');
    if (depthOf(value) > MAX_JSON_DEPTH) throw new BodyError('The JSON body is nested too deeply');
    return value as Record<string, unknown>;
  }
  if (!text.trim()) return {};
  throw new BodyError('Send the body as application/json or application/x-www-form-urlencoded');
}

const DIGITS = /^\d+$/;

/** The body as UTF-8 text, refused past `maxBytes` (16 KiB unless a route needs more). */
export function readBodyText(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const length = request.headers.get('content-length');
  const declared = Number(length ?? '0');
  if (declared > maxBytes)
    return Promise.reject(new BodyError(`The body is larger than ${maxBytes} bytes`, 413));
  // A declared length within the limit is all the body there can be (HTTP reads no more), so it
  // is read whole, which the Node server does without a stream.
  if (length !== null && DIGITS.test(length))
    return request.arrayBuffer().then(decodeUtf8, () => {
      throw new BodyError('The request body did not arrive complete');
    });
  return readStreamedBodyText(request, maxBytes);
}

async function readStreamedBodyText(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away mid-body (a short Content-Length, a broken chunked encoding): its
      // error, not ours.
      throw new BodyError('The request body did not arrive complete');
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BodyError(`The body is larger than ${maxBytes} bytes`, 413);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decodeUtf8(bytes);
}

// Fatal: a body that is not UTF-8 is refused rather than read with replacement characters.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: BufferSource): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new BodyError('The body is not valid UTF-8');
  }
}
