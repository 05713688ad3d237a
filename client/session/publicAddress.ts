/**
 * The address participants open, as the server tells it (GET /api/config: PUBLIC_URL or its LAN
 * address). The browser's own address is no guide: a projector opened at localhost would show a
 * join link nobody else can open. Asked once per page and shared by every component that shows it.
 */
import { useSyncExternalStore } from 'react';
import { fetchPublicConfig } from './api';

export type PublicAddress =
  /** The server has not answered yet: show no link rather than a wrong one. */
  | { status: 'asking' }
  /** `reachable`: false for a loopback address (no LAN address and no PUBLIC_URL). */
  | { status: 'answered'; origin: string; reachable: boolean }
  /** The server could not be asked: this browser's origin stands in, and the console says so. */
  | { status: 'unanswered'; origin: string; problem: string };

let current: PublicAddress = { status: 'asking' };
let asking = false;
const listeners = new Set<() => void>();

function publish(next: PublicAddress): void {
  current = next;
  for (const listener of listeners) listener();
}

function ask(): void {
  if (asking || current.status === 'answered') return;
  asking = true;
  void fetchPublicConfig().then((answer) => {
    asking = false;
    if (answer.ok) {
      publish({
        status: 'answered',
        origin: answer.value.publicUrl,
        reachable: answer.value.reachable,
      });
      return;
    }
    // A later mount asks again (asking is false): a brief outage does not pin the fallback.
    console.error('collectief: the server did not say its public address:', answer.error.message);
    publish({
      status: 'unanswered',
      origin: window.location.origin,
      problem: answer.error.message,
    });
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  ask();
  return () => listeners.delete(listener);
}

function snapshot(): PublicAddress {
  return current;
}

export function usePublicAddress(): PublicAddress {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
