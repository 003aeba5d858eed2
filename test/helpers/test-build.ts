import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** The project root (tests run from it). */
const ROOT = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? sourceFiles(p) : name.endsWith(".test.ts") ? [] : [p];
    });
}

/**
 * A hash of everything the build reads: src/, the tsconfig files,
 * package.json, the entry point and the build scripts, and the checkout's
 * own path: a build links to its checkout's node_modules, so two clones of
 * the same sources (a CI clone beside a working copy) never share one.
 */
function sourceHash(): string {
  const hash = createHash("sha256");
  hash.update(ROOT).update("\0");
  const others = ["tsconfig.json", "tsconfig.build.json", "package.json", "bin/edgar-nt.js", "scripts/build-patterns.mjs", "scripts/build/pattern-sources.mjs", "scripts/build/record-table.mjs", "scripts/build/memo-table.mjs", "scripts/build/build-table.mjs", "scripts/build-cli.mjs", "scripts/build/help-texts.mjs"];
  for (const file of [...sourceFiles(join(ROOT, "src")), ...others.map((f) => join(ROOT, f))]) {
    hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The one build the tests use, made as `npm run build` makes it (tsc, then
 * the pattern table): a private, complete build of
 * the current sources, for tests that run the CLI as a child process and for
 * the worker threads of in-process runs (`test/helpers/global-setup.ts`
 * points `EDGAR_NT_BUILD` at it). Returns the path of its `bin/edgar-nt.js`.
 *
 * Not the shared dist/: other test files rebuild dist/ while they run, and
 * a worker loading a file tsc is rewriting fails ("parse-crashed",
 * "Unexpected status of a module"), which has nothing to do with what the
 * test checks. The build goes to the temporary folder under a hash of the
 * sources, is moved into place only when complete, and is reused by every
 * test file and run until a source changes.
 */
export function builtCli(): string {
  const dir = join(tmpdir(), `edgar-nt-cli-${sourceHash()}`);
  const bin = join(dir, "bin", "edgar-nt.js");
  const ready = (): boolean => existsSync(join(dir, "dist", "batch", "parse-worker.js")) && existsSync(bin);
  // One test file builds; the others wait for it (a lock older than the build's time limit is stale).
  const lock = `${dir}.lock`;
  let fd: number | null = null;
  while (!ready()) {
    try {
      fd = openSync(lock, "wx");
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > BUILD_TIMEOUT_MS) rmSync(lock, { force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  if (fd === null) return bin;
  try {
    if (!ready()) {
      pruneOldBuilds();
      build(dir);
    }
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
  return bin;
}

/** Builds of earlier sources untouched for a day are removed when a new one is made. */
function pruneOldBuilds(): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith("edgar-nt-cli-")) continue;
    const path = join(tmpdir(), name);
    try {
      if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/** How long a build may take. */
const BUILD_TIMEOUT_MS = 180_000;

/** Builds into a staging folder beside `dir` and moves it into place when complete. */
function build(dir: string): void {
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  mkdirSync(join(staging, "bin"), { recursive: true });
  const built = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", join(staging, "dist")], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: BUILD_TIMEOUT_MS,
  });
  if (!existsSync(join(staging, "dist", "batch", "parse-worker.js"))) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`the build failed: ${built.stdout}${built.stderr}`);
  }
  copyFileSync(join(ROOT, "bin", "edgar-nt.js"), join(staging, "bin", "edgar-nt.js"));
  copyFileSync(join(ROOT, "package.json"), join(staging, "package.json"));
  symlinkSync(join(ROOT, "node_modules"), join(staging, "node_modules"));
  // The second step of `npm run build`: the patterns' native sources (scripts/build-patterns.mjs).
  const patterns = spawnSync(process.execPath, [join(ROOT, "scripts/build-patterns.mjs"), join(staging, "dist")], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: BUILD_TIMEOUT_MS,
  });
  if (patterns.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`the pattern table could not be built: ${patterns.stdout}${patterns.stderr}`);
  }
  // The last step: the command line bundled and its help pages written (scripts/build-cli.mjs).
  const cliStep = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs"), join(staging, "dist")], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: BUILD_TIMEOUT_MS,
  });
  if (cliStep.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`the command line could not be bundled: ${cliStep.stdout}${cliStep.stderr}`);
  }
  try {
    renameSync(staging, dir);
  } catch {
    // The same build is already in place: use that one.
    rmSync(staging, { recursive: true, force: true });
  }
}
