/**
 * A fingerprint of src/, taken by the parent and by every child, for the report's header
 * and its warning when src/ changes mid-run (other work in the same tree is common).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.js';

/**
 * Which code was measured: a hash of every file under src/ and the newest change, so a
 * report can be tied to a version of the code (and a change during the run is noticed).
 */
export function sourceFingerprint(): string {
  const root = path.join(projectRoot, 'src');
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => /\.(ts|json)$/.test(f))
    .sort();
  const hash = createHash('sha256');
  let newest = { file: '', time: 0 };
  for (const file of files) {
    const full = path.join(root, file);
    hash.update(file).update(readFileSync(full));
    const time = statSync(full).mtimeMs;
    if (time > newest.time) newest = { file, time };
  }
  const when = new Date(newest.time).toISOString().replace('T', ' ').slice(0, 19);
  return `${hash.digest('hex').slice(0, 12)} (${files.length} files; newest src/${newest.file}, ${when} UTC)`;
}
