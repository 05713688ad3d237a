/**
 * Setup file for every test file (vite.config.ts): after the file's own afterAll hooks, kill
 * any server it started and did not stop, so a failed test cannot leak a server process into
 * the rest of the run.
 */
import { afterAll } from 'vitest';
import { killLeftoverServers } from './server';

afterAll(killLeftoverServers);
