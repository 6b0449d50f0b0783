#!/usr/bin/env node
/**
 * @fileoverview Build step: bundles the CLI into one CommonJS file (dist/minic-bundle.cjs)
 * and writes the `minic` launcher (dist/minic.cjs, package.json "bin").
 *
 * Why: loading the CLI as ES modules means hundreds of files (chevrotain's lodash-es, yargs)
 * resolved and compiled at every start; one bundle is read once, and as a classic script it
 * can be compiled with a V8 code cache (vm.Script cachedData; node 20 has no
 * module.enableCompileCache). The launcher keeps the cache next to the bundle (or in the
 * OS temp directory when dist/ is read-only) and refreshes it when V8 rejects it.
 *
 * Each source file's `import.meta.url` becomes the URL its tsc output has under dist/, so
 * files found relative to a module (libc/include, the report page script) are found from
 * the bundle exactly as from dist/. Run from the project root: `node scripts/bundle.mjs`
 * (NOMIN=1 keeps the bundle readable, for profiling).
 */
import { build } from "esbuild";
import { readFile, rm, writeFile, chmod } from "node:fs/promises";
import { relative, resolve } from "node:path";

const root = resolve(new URL("..", import.meta.url).pathname);
const dist = resolve(root, "dist");

/** Replaces import.meta.url in project sources with the URL of the file's tsc output. */
const metaUrlPlugin = {
  name: "minic-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      const rel = relative(root, args.path);
      if (rel.startsWith("..") || rel.startsWith("node_modules") || !text.includes("import.meta.url")) return undefined;
      const out = JSON.stringify(rel.replace(/\.ts$/, ".js"));
      return { contents: text.replaceAll("import.meta.url", `__minicMetaUrl(${out})`), loader: "ts" };
    });
  },
};

/**
 * string-width (yargs' help layout) builds an Intl.Segmenter and an RGI_Emoji regular
 * expression when it loads: about 15 ms of every start, for help text that `minic run`
 * never prints. Both are created on first use instead.
 */
const lazyStringWidthPlugin = {
  name: "minic-lazy-string-width",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*string-width[\\/]index\.js$/ }, async (args) => {
      let text = await readFile(args.path, "utf8");
      // (function replacements: a string replacement would expand the `$'` in the pattern)
      text = text.replace(/new Intl\.Segmenter\(\)/g, () => "{ segment: (s) => (__minicSeg ??= new Intl.Segmenter()).segment(s) }");
      text = text.replace(/\/\^\\p\{RGI_Emoji\}\$\/v/g, () => "{ test: (s) => (__minicRgi ??= /^\\p{RGI_Emoji}$/v).test(s) }");
      return { contents: "var __minicSeg, __minicRgi;\n" + text, loader: "js" };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: ["cli/minic.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile: "dist/minic-bundle.cjs",
  // Dependencies (yargs) use import.meta.url too: for them it is the bundle's URL.
  define: { "import.meta.url": "__minicBundleUrl" },
  banner: {
    js:
      "var __minicMetaUrl = (p) => require('url').pathToFileURL(require('path').join(__dirname, p)).href;" +
      "var __minicBundleUrl = require('url').pathToFileURL(__filename).href;",
  },
  legalComments: "none",
  minifyWhitespace: process.env.NOMIN ? false : true,
  minifySyntax: process.env.NOMIN ? false : true,
  logLevel: "warning",
  plugins: [metaUrlPlugin, lazyStringWidthPlugin],
});

// A stale code cache would only be rejected, but start clean.
for (const f of ["minic-bundle.cache"]) await rm(resolve(dist, f), { force: true });

const launcher = `#!/usr/bin/env node
"use strict";
// The minic command (package.json "bin"): runs dist/minic-bundle.cjs (built by
// scripts/bundle.mjs) through a V8 code cache, so that a start does not recompile the
// bundle. The cache lives next to the bundle, or in the temp directory if dist/ is
// read-only; it is (re)written at exit when it was missing or rejected.
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const bundle = path.join(__dirname, "minic-bundle.cjs");
const source = fs.readFileSync(bundle, "utf8").replace(/^#!.*/, "");
const key = process.version + "-" + process.arch + "-" + source.length;
const candidates = [path.join(__dirname, "minic-bundle.cache"), path.join(require("os").tmpdir(), "minic-" + key + ".cache")];
let cachedData;
let cacheFile = candidates[0];
for (const f of candidates) {
  try {
    const b = fs.readFileSync(f);
    if (b.length > 0) { cachedData = b; cacheFile = f; break; }
  } catch {}
}
const wrapper = "(function (exports, require, module, __filename, __dirname) {" + source + "\\n})";
const script = new vm.Script(wrapper, { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  process.once("exit", () => {
    const data = script.createCachedData();
    for (const f of candidates) {
      try {
        const tmp = f + "." + process.pid;
        fs.writeFileSync(tmp, data);
        fs.renameSync(tmp, f);
        return;
      } catch {}
    }
  });
}
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, bundle, __dirname);
`;
await writeFile(resolve(dist, "minic.cjs"), launcher);
await chmod(resolve(dist, "minic.cjs"), 0o755);
