/**
 * A fuzzer against the relay: 20,000 random and mutated frames through raw websockets, from an
 * authenticated participant (past every door already). Truncated varints, wrong message types,
 * huge declared lengths, valid sync headers with garbage updates, mutated and truncated updates,
 * awareness floods and forgeries (generators: fuzz-frames.ts; scenario: tests/soak/fuzz.ts).
 * Afterwards the process is the same one, /healthz is ok, memory is back near where it started,
 * the bystander saw nothing forged, and a normal client still syncs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testSeed } from '../helpers/reliability';
import { runFuzz, type FuzzFigures } from '../soak/fuzz';

const FRAMES = 20_000;
/** The server runs with V8's old space capped: memory growing with the number of frames would crash it. */
const HEAP_LIMIT_MB = 48;
let figures: FuzzFigures;

describe(`${FRAMES.toLocaleString('en')} hostile frames`, () => {
  beforeAll(async () => {
    const seed = testSeed();
    figures = await runFuzz({
      frames: FRAMES,
      framesPerSocket: 100,
      parallelSockets: 4,
      seed,
      heapLimitMb: HEAP_LIMIT_MB,
    });
    console.info(
      `fuzz figures (seed ${seed}; RELIABILITY_SEED=${seed} replays it): ${JSON.stringify(figures)}`,
    );
  }, 240_000);

  it('reaches the relay: every frame sent is decoded (and judged) by it', () => {
    expect(figures.framesSent).toBeGreaterThanOrEqual(FRAMES);
    expect(figures.framesDecoded).toBeGreaterThanOrEqual(FRAMES * 0.95);
  });

  it('never crashes the process', () => {
    expect(figures.samePid).toBe(true);
    expect(figures.crashLogLines).toEqual([]);
  });

  it('leaves other clients unaffected and the board free of forged entries', () => {
    expect(figures.bystanderConnected).toBe(true);
    expect(figures.bystanderSawNormalEdit).toBe(true);
    expect(figures.forgedEntriesOnBoard).toBe(0);
  });

  it('answers /healthz ok and lets a normal client sync', () => {
    expect(figures.healthOkAfter).toBe(true);
    expect(figures.freshClientSynced).toBe(true);
  });

  it(`gives its memory back once the fuzzing stops, within a ${HEAP_LIMIT_MB} MB heap`, () => {
    // The first tenth of the frames grows the heap to its working size; nine times as many frames
    // after that must not grow it further (and the capped heap never ran out: same process).
    expect(figures.rssAfterKb).toBeLessThan(figures.rssAfterWarmupKb * 1.1 + 16 * 1024);
    expect(figures.rssAfterKb).toBeLessThan(figures.rssBeforeKb * 1.5 + 32 * 1024);
  });
});
