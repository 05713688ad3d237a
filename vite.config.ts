import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the client build (vite) and every test (vitest).
// Most test files start a real server process, clients and sometimes Chromium: one file at a time
// leaves each of them the machine's two cores (with two files at once, latency bounds and
// start-up waits failed whenever anything else ran beside the suite).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8787',
      '/healthz': 'http://127.0.0.1:8787',
      '/ws': { target: 'ws://127.0.0.1:8787', ws: true },
    },
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // A guard against hangs, not a speed bound: a test that waits for states may take several
    // times longer on a busy machine (issue 12: 516 s against 166 s quiet).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
    // expect.poll waits for a state (a note's position, a rendered list) and the 1 s default is a
    // wall-clock window a busy machine misses; the bound only turns a hang into a failure.
    expect: { poll: { timeout: 20_000 } },
    // Registered before each file's own hooks, so its afterAll runs after theirs ('stack' order).
    setupFiles: ['tests/helpers/leftover-servers.ts'],
    reporters: ['default'],
  },
});
