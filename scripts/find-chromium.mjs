// Finds Debian's Chromium for the browser tests, or installs it with apt where we are root.
// Prints the path on success; exits 1 with what to do otherwise. (Playwright cannot download browsers here.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'].filter(
  Boolean,
);

export function findChromium({ install = true } = {}) {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot) {
    console.error("Chromium not found: installing Debian's chromium package with apt-get…");
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      /* reported below */
    }
    const after = CANDIDATES.find((path) => existsSync(path));
    if (after) return after;
  }
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findChromium();
  if (!path) {
    console.error(
      'No Chromium browser found for the browser tests.\n' +
        "Install Debian's Chromium (as root: apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.\n" +
        '(npx playwright install does not work on machines without internet access.)',
    );
    process.exit(1);
  }
  console.log(path);
}
