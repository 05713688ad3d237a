/**
 * Load, short version (the long one runs under `npm run soak`): 500 clients across 10 rooms on
 * loopback, two rounds of editing at a human pace. No errors, no lost or misplaced note, every
 * client converged, and the server's memory back near its baseline after each round.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testSeed } from '../helpers/reliability';
import { runLoad, type LoadFigures } from '../soak/load';

const CLIENTS = 500;
const ROOMS = 10;
let figures: LoadFigures;

describe(`${CLIENTS} clients across ${ROOMS} rooms`, () => {
  beforeAll(async () => {
    const seed = testSeed();
    figures = await runLoad({
      clients: CLIENTS,
      rooms: ROOMS,
      rounds: 2,
      roundMs: 8000,
      editEveryMs: [1500, 4000],
      // Two edits per client per round, whatever the machine's load: more than CLIENTS in all.
      minEditsPerClient: 2,
      seed,
      log: (line) => console.info(line),
    });
    console.info(`load figures (seed ${seed}): ${JSON.stringify(figures)}`);
  }, 300_000);

  it('serves every client without an error, a refusal or a malformed frame', () => {
    expect(figures.clients).toBe(CLIENTS);
    expect(figures.errors).toEqual([]);
    expect(figures.refusedOrMalformed).toBe(0);
  });

  it('loses no update: every room converges and holds every note at its last position', () => {
    for (const round of figures.rounds) {
      expect(round.edits).toBeGreaterThan(CLIENTS);
      expect(round.behind).toBe(0);
      expect(round.lost).toBe(0);
    }
  });

  it('keeps memory flat: back near the baseline after every round', () => {
    for (const round of figures.rounds)
      expect(round.rssAfterKb).toBeLessThan(figures.rssBaselineKb * 1.3 + 16 * 1024);
  });
});
