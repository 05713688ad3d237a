import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AwarenessStates } from '../../server/relay/awareness-states';
import { Broadcaster } from '../../server/relay/broadcast';

const entry = (clientId: number, clock: number) => ({
  clientId,
  clock,
  state: JSON.stringify({ user: { name: `client ${clientId}` } }),
});

describe('relay broadcaster', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a change in a quiet room at once (leading edge)', async () => {
    const sent: Buffer[] = [];
    const broadcaster = new Broadcaster(
      4,
      () => 100,
      (message) => sent.push(message),
    );
    broadcaster.queueAwareness([entry(1, 1)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
  });

  it('holds presence keep-alives for one window and sends them as one message', async () => {
    const sent: Buffer[] = [];
    const renewals = Broadcaster.trailingOnly(1000, (message) => sent.push(message));
    for (let clientId = 1; clientId <= 20; clientId += 1) {
      renewals.queueAwareness([entry(clientId, 2)]);
      await vi.advanceTimersByTimeAsync(30);
    }
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1);
  });

  it('merges a burst of document updates into fewer messages than updates', async () => {
    const sent: Buffer[] = [];
    const broadcaster = new Broadcaster(
      4,
      () => 100,
      (message) => sent.push(message),
    );
    const { Doc, encodeStateAsUpdate } = await import('yjs');
    for (let index = 0; index < 100; index += 1) {
      const doc = new Doc();
      doc.getMap('votes').set(`p${index}`, 'agree');
      broadcaster.queueUpdate(encodeStateAsUpdate(doc));
      await vi.advanceTimersByTimeAsync(2); // 500 votes a second
    }
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.length).toBeLessThan(20);
  });
});

describe('relay presence states', () => {
  it("takes a peer's late echo of a departed client's state as an echo, not a new claim", () => {
    const states = new AwarenessStates();
    states.apply([entry(7, 3)]);
    const removal = states.remove(7);
    expect(removal?.clock).toBe(4);
    expect(states.isEcho(entry(7, 3))).toBe(true);
    expect(states.isEcho({ clientId: 7, clock: 4, state: 'null' })).toBe(true);
    expect(states.isEcho(entry(7, 5))).toBe(false);
  });
});
