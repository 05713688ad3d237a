/**
 * The built client (dist/client): files by path, and index.html for the SPA routes
 * (`/`, `/join/:code`, `/present/:code`, `/report/:code`). Paths are resolved and must stay
 * inside dist/client. Without a build, a plain page says how to get one.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { matchPagePath } from '../../shared/core/protocol';
import { sendError, sendText } from './respond';
import type { Handler } from './router';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Collectief</title></head>
<body><main><h1>Collectief</h1>
<p>The server is running, but the client has not been built yet. Run <code>npm run build</code> or restart with <code>npm start</code>.</p>
<p><a href="/healthz">/healthz</a></p></main></body></html>
`;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch (error) {
    if (
      error instanceof Error &&
      'code' in error &&
      (error.code === 'ENOENT' || error.code === 'ENOTDIR')
    )
      return false;
    throw error;
  }
}

function sendFile(
  file: string,
  response: Parameters<Handler>[0]['response'],
  immutable: boolean,
): void {
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  response.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  const stream = createReadStream(file);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}

export function staticHandler(clientDir: string): Handler {
  const root = path.resolve(clientDir);
  const indexFile = path.join(root, 'index.html');
  return async ({ request, response, url }) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendError(response, { status: 404, message: 'not found' });
    }
    if (matchPagePath(url.pathname) !== null) {
      if (await isFile(indexFile)) return sendFile(indexFile, response, false);
      return sendText(response, 200, PLACEHOLDER, 'text/html; charset=utf-8');
    }
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return sendError(response, { status: 400, message: 'bad path encoding' });
    }
    const file = path.resolve(root, '.' + relative);
    if (!file.startsWith(root + path.sep) || !(await isFile(file))) {
      return sendError(response, { status: 404, message: 'not found' });
    }
    sendFile(file, response, url.pathname.startsWith('/assets/'));
  };
}
