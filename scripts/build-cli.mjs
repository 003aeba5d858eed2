#!/usr/bin/env node
// The last step of `npm run build`: the command line made ready to start
// quickly: bundled, and its help pages written.
//
//   node scripts/build-cli.mjs [DIST]     (default: dist)
//
// `bin/edgar-nt.js` runs DIST/bundle/cli.js: DIST/cli/cli.js and every
// module it loads (the project's built modules and the pure-JavaScript
// packages: commander, unified, vfile, …) joined by esbuild into a few
// files, one per group of modules a command loads when it runs (the
// `import()`s stay, as chunks). Loading ~170 modules one by one (resolving,
// reading, compiling and linking each) was a third of a one-file `inspect`.
//
// DIST itself stays as tsc wrote it: the library (`main`/`exports`), the
// parse worker that the batch's pool starts by file name (a thread of its
// own: it loads DIST/batch/parse-worker.js and its imports) and the tables
// beside their modules. Inside the bundle each module's `import.meta.url`
// is its own file's in DIST, so whatever a module finds beside itself (the
// worker, package.json, the tables) is found as before. Left out: packages
// loaded by file name or with native code (piscina, @duckdb/node-api), and
// what is loaded through `createRequire` (htmlparser2 when HTML comes,
// XRegExp for a pattern the build did not see).
//
// Then the help pages (scripts/build/help-texts.mjs): what `cli()` prints
// for `--help` and `COMMAND --help` at each terminal width, which the entry
// point prints without loading the command line (src/cli/prepared-help.ts).
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import * as esbuild from "esbuild";
import { writeHelpTexts } from "./build/help-texts.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const dist = resolve(ROOT, process.argv[2] ?? "dist");
const out = join(dist, "bundle");
rmSync(out, { recursive: true, force: true });

/** Each built module's `import.meta.url` is its own file's, not the chunk's. */
const moduleUrl = {
  name: "module-url",
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + "/") || args.path.startsWith(out + "/")) return undefined;
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      const own = JSON.stringify(relative(out, args.path).split("\\").join("/"));
      return { contents: text.replaceAll("import.meta.url", `new URL(${own}, import.meta.url).href`), loader: "js", resolveDir: join(args.path, "..") };
    });
  },
};

/**
 * commander requires node:child_process when it loads, for subcommands run
 * as separate executables, which this command line has none of; loading it
 * (with net and dgram) costs every command's start-up. Inside the bundle
 * commander gets it on first use instead: the same module, later.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy-builtin" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, () => ({
      contents:
        'let loaded = null;\nconst load = () => (loaded ??= require("node:child_process"));\n' +
        "module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });\n",
      loader: "js",
    }));
  },
};

const result = await esbuild.build({
  entryPoints: { cli: join(dist, "cli", "cli.js") },
  outdir: out,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  external: ["piscina", "@duckdb/node-api"],
  // The packages written as CommonJS call require() for Node's own modules.
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
  chunkNames: "[name]-[hash]",
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  logLevel: "warning",
  plugins: [moduleUrl, lazyChildProcess],
});
// The help's few modules (src/cli/prepared-help.ts), which the entry point
// loads before it knows whether it needs the command line: one file.
const help = await esbuild.build({
  entryPoints: { "prepared-help": join(dist, "cli", "prepared-help.js") },
  outdir: out,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  sourcemap: true,
  sourcesContent: false,
  metafile: true,
  logLevel: "warning",
  plugins: [moduleUrl],
});
for (const [file, output] of Object.entries(help.metafile.outputs)) result.metafile.outputs[file] = output;
const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith(".js"));
const bytes = outputs.reduce((sum, [, o]) => sum + o.bytes, 0);
process.stdout.write(`build-cli: ${Object.keys(result.metafile.inputs).length} modules → ${outputs.length} files (${Math.round(bytes / 1024)} KB) in ${out}\n`);
const pages = await writeHelpTexts(dist);
process.stdout.write(`build-cli: ${pages.pages} help pages → ${pages.folder}\n`);
