/**
 * HTTP from chosen loopback source addresses: 127.0.0.0/8 is all loopback on Linux, so binding
 * the client socket to 127.0.x.y gives a test as many distinct client addresses as it needs.
 */
import http from 'node:http';

export type Answer = { status: number; text: string; ms: number };

export function requestFrom(
  localAddress: string,
  port: number,
  method: string,
  path: string,
  body?: string,
  extraHeaders: Record<string, string> = {},
): Promise<Answer> {
  const startedAt = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...extraHeaders,
    };
    const request = http.request(
      { host: '127.0.0.1', port, method, path, localAddress, headers, agent: false },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text, ms: performance.now() - startedAt }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** 127.0.<block>.1 ... 127.0.<block>.<count> */
export function loopbackAddresses(block: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `127.0.${block}.${index + 1}`);
}
