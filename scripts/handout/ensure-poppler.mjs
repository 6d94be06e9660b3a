/**
 * The handout e2e test reads the tour PDF with poppler-utils (pdfinfo, pdftotext, pdftoppm). This makes
 * sure they are there before the end-to-end tests: Debian's package is installed when it is missing
 * and we can (root with apt-get, as on CI); otherwise it says what to install. Never fails the run:
 * without poppler the PDF checks skip with a printed reason.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = () => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

if (has()) {
  console.log('e2e: poppler-utils present (pdfinfo, pdftotext)');
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('e2e: poppler-utils missing; installing Debian package "poppler-utils"…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils', { stdio: 'inherit' });
  } catch {
    console.warn('e2e: apt-get could not install poppler-utils: the handout PDF checks will be skipped');
  }
} else {
  console.warn('e2e: poppler-utils missing (Debian/Ubuntu: apt-get install -y poppler-utils): the handout PDF checks will be skipped');
}
