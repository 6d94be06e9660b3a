/**
 * Makes sure Chromium is installed before the end-to-end tests: installs Debian's package when it is
 * missing and we can (root on Debian with apt-get), otherwise says exactly what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
  console.log(`e2e: using Chromium at ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('e2e: Chromium not found; installing Debian package "chromium" (apt-get install -y chromium)…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('e2e: apt-get could not install chromium. Install it yourself: apt-get update && apt-get install -y chromium');
    process.exit(1);
  }
  const installed = findChromium();
  if (installed) {
    console.log(`e2e: installed Chromium at ${installed}`);
    process.exit(0);
  }
}
console.error(
  'e2e: Chromium is required for the end-to-end tests and was not found.\n' +
    '  On Debian/Ubuntu, as root:  apt-get update && apt-get install -y chromium\n' +
    '  Or point CHROMIUM_PATH at a Chromium/Chrome binary: CHROMIUM_PATH=/path/to/chromium npm test',
);
process.exit(1);
