// Finds a Java runtime for the W3C Nu HTML checker (vnu.jar, from the vnu-jar package), or installs Debian's headless
// JRE with apt where we are root. Prints the path on success; exits 1 with what to do otherwise.
// (vnu-jar's own install step downloads a JDK from the internet; it is not run here, and need not be.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

function candidates() {
  const fromPath = (process.env.PATH ?? '')
    .split(':')
    .filter(Boolean)
    .map((dir) => join(dir, 'java'));
  return [process.env.JAVA_PATH, process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java'), '/usr/bin/java', ...fromPath].filter(
    Boolean,
  );
}

/** A java binary that runs, or undefined. */
function working() {
  for (const path of candidates()) {
    if (!existsSync(path)) continue;
    try {
      execFileSync(path, ['-version'], { stdio: 'ignore' });
      return path;
    } catch {
      /* not a working runtime: try the next */
    }
  }
  return undefined;
}

export function findJava({ install = true } = {}) {
  const found = working();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot) {
    console.error("Java not found: installing Debian's default-jre-headless package with apt-get…");
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      /* reported below */
    }
    return working();
  }
  return undefined;
}

export const NO_JAVA_MESSAGE =
  'No Java runtime found for the W3C Nu HTML checker (vnu.jar).\n' +
  "Install Debian's headless JRE (as root: apt-get install -y default-jre-headless), or set JAVA_PATH to a java binary (Java 17 or later).";

/** The checker's jar, shipped inside the vnu-jar npm package. */
export const VNU_JAR = new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url).pathname;

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findJava();
  if (!path) {
    console.error(NO_JAVA_MESSAGE);
    process.exit(1);
  }
  console.log(path);
}
