/**
 * Websocket tickets for a y-websocket provider. The relay takes no lasting secret in the URL,
 * only a short-lived ticket (POST /api/sessions/:code/tickets), so every connection attempt needs
 * a fresh one: the provider is created with `connect: false`, and this module fetches a ticket,
 * puts it in `provider.params` (read through its `url` getter at each connect) and connects. When
 * a connection closes, we take the reconnect over from the provider (its own reconnect would
 * reuse a ticket that may have expired) and reconnect after the same backoff with a new ticket.
 * No DOM here: the tests drive Node providers through it too.
 */
import type { WebsocketProvider } from 'y-websocket';
import { WS_PARAM } from '../../shared/core/protocol';

/** ok, or why not: `retry` (offline, server busy) or `refused` (unknown session, bad credentials). */
export type TicketAnswer =
  { ok: true; ticket: string } | { ok: false; retry: boolean; status: number; code?: string };

export type TicketedProvider = {
  /** Fetches a ticket and connects (instead of provider.connect()). */
  connect(): void;
  /** Stops reconnecting (call before provider.destroy()). */
  stop(): void;
};

export function connectWithTickets(
  provider: WebsocketProvider,
  fetchTicket: () => Promise<TicketAnswer>,
  onRefused: (status: number, code?: string) => void = () => {},
): TicketedProvider {
  let stopped = false;
  let fetching = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const backoff = (): number =>
    Math.min(2 ** provider.wsUnsuccessfulReconnects * 100, provider.maxBackoffTime);

  const schedule = (delayMs: number): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      attempt();
    }, delayMs);
  };

  const attempt = (): void => {
    if (stopped || fetching) return;
    fetching = true;
    fetchTicket().then(
      (answer) => {
        fetching = false;
        if (stopped) return;
        if (answer.ok) {
          provider.params = { ...provider.params, [WS_PARAM.ticket]: answer.ticket };
          provider.connect();
          return;
        }
        if (!answer.retry) onRefused(answer.status, answer.code);
        // Even a refusal is retried, slowly: a deleted session is reported by onRefused's caller.
        provider.wsUnsuccessfulReconnects += 1;
        schedule(answer.retry ? backoff() : provider.maxBackoffTime);
      },
      () => {
        fetching = false;
        if (stopped) return;
        provider.wsUnsuccessfulReconnects += 1;
        schedule(backoff());
      },
    );
  };

  const onConnectionClose = (event: globalThis.CloseEvent | null): void => {
    // disconnect()/destroy() cleared shouldConnect first: the person (or code) wants it closed.
    if (stopped || !provider.shouldConnect) return;
    // 4400-4499 closes are final (session deleted): the provider stops by itself.
    if (event !== null && !provider.shouldReconnect(event, provider)) return;
    // The provider scheduled a reconnect with the old ticket; it checks shouldConnect when it
    // fires, so this turns it into a no-op and ours (fresh ticket) takes its place.
    provider.shouldConnect = false;
    schedule(backoff());
  };
  provider.on('connection-close', onConnectionClose);

  return {
    connect: () => {
      if (stopped) return;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      attempt();
    },
    stop: () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      provider.off('connection-close', onConnectionClose);
    },
  };
}

/** What an HTTP status of the ticket endpoint means for retrying. */
export function ticketFailure(status: number, code?: string): TicketAnswer {
  const retry = status === 0 || status === 429 || status >= 500;
  return code === undefined ? { ok: false, retry, status } : { ok: false, retry, status, code };
}
