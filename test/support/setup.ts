import { afterAll } from 'vitest';
import { runCleanups } from './cleanup.js';

// Every test file leaves no temp folder behind, whichever helpers made them.
afterAll(runCleanups);
