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
import { createRequire } from "node:module";
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
 * A plugin that rewrites one dependency file as it is bundled: `patch` gets the file's text
 * and returns the new text. Each patch first checks that the code it rewrites is there
 * (`count`), so that an upgraded dependency stops the build instead of quietly losing the
 * change. (Function replacements throughout: a string replacement would expand `$'` and `$&`.)
 */
function patchPlugin(name, filter, patch) {
  return {
    name,
    setup(b) {
      b.onLoad({ filter }, async (args) => {
        const text = await readFile(args.path, "utf8");
        const fail = () => {
          throw new Error(`${name}: ${relative(root, args.path)} changed, update scripts/bundle.mjs`);
        };
        return { contents: patch(text, fail), loader: "js" };
      });
    },
  };
}

/** How many times `part` occurs in `text`. */
const count = (text, part) => text.split(part).length - 1;

/**
 * string-width (yargs' help layout) builds an Intl.Segmenter and an RGI_Emoji regular
 * expression when it loads: about 15 ms of every start, for help text that `minic run`
 * never prints. Both are created on first use instead.
 */
const lazyStringWidthPlugin = patchPlugin("minic-lazy-string-width", /[\\/]node_modules[\\/].*string-width[\\/]index\.js$/, (text) => {
  text = text.replace(/new Intl\.Segmenter\(\)/g, () => "{ segment: (s) => (__minicSeg ??= new Intl.Segmenter()).segment(s) }");
  text = text.replace(/\/\^\\p\{RGI_Emoji\}\$\/v/g, () => "{ test: (s) => (__minicRgi ??= /^\\p{RGI_Emoji}$/v).test(s) }");
  return "var __minicSeg, __minicRgi;\n" + text;
});

/**
 * chevrotain's grammar recording (when a parse needs the grammar) builds a GAST node per
 * DSL call, and each node constructor copies its options with lodash's pickBy, which
 * gathers keys through the generic symbol-aware path: a third of the recording. The same
 * copy (every enumerable key whose value is not undefined, assigned in order) as a loop.
 */
const fastGastPlugin = patchPlugin("minic-fast-gast", /[\\/]node_modules[\\/]@chevrotain[\\/]gast[\\/]lib[\\/]src[\\/]model\.js$/, (text, fail) => {
  const pattern = "assign(this, pickBy(options, (v) => v !== undefined));";
  if (count(text, pattern) < 5) fail();
  return text.replaceAll(pattern, () => "for (const k in options) { const v = options[k]; if (v !== undefined) this[k] = v; }");
});

/**
 * chevrotain builds its Parser class by copying 200 methods of ten mixins onto the class's
 * prototype, one assignment each, at every start. V8 keeps a prototype's properties in fast
 * mode, where each new one copies the descriptors before it: 7-9 ms of quadratic work. A
 * property added and deleted first puts the prototype in dictionary mode, where additions
 * are cheap; V8 makes it fast again the first time it is used as a prototype.
 */
const fastMixinsPlugin = patchPlugin(
  "minic-fast-mixins",
  /[\\/]node_modules[\\/]chevrotain[\\/]lib[\\/]src[\\/]parse[\\/]parser[\\/]utils[\\/]apply_mixins\.js$/,
  (text, fail) => {
    const head = "export function applyMixins(derivedCtor, baseCtors) {";
    if (count(text, head) !== 1) fail();
    return text.replace(head, () => head + "\n    derivedCtor.prototype.__minicMixins = true;\n    delete derivedCtor.prototype.__minicMixins;");
  },
);

/**
 * chevrotain asks lodash's `has(object, key)` about every option of each token type and rule
 * it creates at start-up (about 800 calls, 1 ms of interpreted path handling): lodash treats
 * the key as a property path. For a key that is a plain identifier its answer is the object's
 * own property (a path of one key, to which no array index rule applies); other keys still
 * take lodash's path.
 */
const fastHasPlugin = patchPlugin("minic-fast-has", /[\\/]node_modules[\\/]lodash-es[\\/]has\.js$/, (text, fail) => {
  const pattern = "return object != null && hasPath(object, path, baseHas);";
  if (count(text, pattern) !== 1) fail();
  const fast = "if (typeof path === 'string' && /^[A-Za-z_$][\\w$]*$/.test(path)) return object != null && Object.prototype.hasOwnProperty.call(object, path);\n  ";
  return text.replace(pattern, () => fast + pattern);
});

/**
 * yargs' platform shim imports node's assert module for two comparisons of its own
 * internal checks; loading assert pulls in node's stream and console colour machinery
 * (10-15 ms of every start). The comparisons are made here (Object.is, as assert's) and
 * assert is required only to raise its own error when one fails, and
 * the terminal width is read when help is laid out.
 */
const lazyAssertPlugin = patchPlugin("minic-lazy-assert", /[\\/]node_modules[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/, (text, fail) => {
  const imp = "import { notStrictEqual, strictEqual } from 'assert'";
  const lazy =
    "const notStrictEqual = (a, b, m) => { if (Object.is(a, b)) require('assert').notStrictEqual(a, b, m); };\n" +
    "const strictEqual = (a, b, m) => { if (!Object.is(a, b)) require('assert').strictEqual(a, b, m); }";
  // Reading process.stdout.columns creates the stdout stream (tty and stream modules,
  // more start-up time); yargs wants the width only to lay out help text.
  const cols = "stdColumns: typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null";
  const lazyCols = "get stdColumns() { return typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null }";
  if (count(text, imp) < 1 || count(text, cols) < 1) fail();
  return text.replace(imp, () => lazy).replace(cols, () => lazyCols);
});

/**
 * Every yargs instance guesses a version from the nearest package.json above the CLI's file
 * (a directory listing per level, then reading and parsing the file: 1.5 ms of every start);
 * minic turns the version option off right after, and reads no other configuration from
 * package.json (yargs' only other reader, pkgConf, is never called). The lookup answers
 * "no package.json" at once. (It used to fail through an assertion whose AssertionError cost
 * 10 ms where no package.json was found.)
 */
const pkgUpPlugin = patchPlugin("minic-yargs-pkg-up", /[\\/]node_modules[\\/]yargs[\\/]build[\\/]lib[\\/]yargs-factory\.js$/, (text, fail) => {
  const head = "[kPkgUp](rootPath) {";
  if (count(text, head) !== 1 || count(text, "this[kPkgUp](") !== 2 || count(text, "pkgConf(key, rootPath) {") !== 1 || count(text, "[kGuessVersion]() {") !== 1) fail();
  return text.replace(head, () => head + " return {};");
});

const plugins = [metaUrlPlugin, lazyStringWidthPlugin, fastGastPlugin, fastMixinsPlugin, fastHasPlugin, lazyAssertPlugin, pkgUpPlugin];

/**
 * The parser's lookahead decisions answered for every token type, from the same sources and
 * plugins as the bundle (compiler/lazy-lookahead.ts): embedded so that a start does not
 * make chevrotain compute the ones it needs (10-25 ms for hello.c).
 */
async function lookaheadTables() {
  const r = await build({
    absWorkingDir: root,
    stdin: { contents: 'export { lookaheadTables } from "./compiler/parser.ts";', resolveDir: root, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    define: { "import.meta.url": "__minicBundleUrl" },
    banner: { js: "var __minicBundleUrl = 'file:///';" },
    logLevel: "warning",
    plugins,
  });
  const mod = { exports: {} };
  new Function("module", "exports", "require", r.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
  return mod.exports.lookaheadTables();
}

await build({
  absWorkingDir: root,
  entryPoints: ["cli/minic.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile: "dist/minic-bundle.cjs",
  // Dependencies (yargs) use import.meta.url too: for them it is the bundle's URL.
  define: { "import.meta.url": "__minicBundleUrl", __MINIC_LOOKAHEAD__: JSON.stringify(JSON.stringify(await lookaheadTables())) },
  banner: {
    js:
      // __dirname read first: yargs' shim declares a top-level `var __dirname` of its own,
      // which (left unrenamed when not minifying) reassigns the wrapper's parameter.
      "var __minicDir = __dirname, __minicMetaUrl = (p) => require('url').pathToFileURL(require('path').join(__minicDir, p)).href;" +
      "var __minicBundleUrl = require('url').pathToFileURL(__filename).href;",
  },
  legalComments: "none",
  minifyWhitespace: process.env.NOMIN ? false : true,
  minifySyntax: process.env.NOMIN ? false : true,
  minifyIdentifiers: process.env.NOMIN ? false : true,
  logLevel: "warning",
  plugins,
});

// esbuild escapes non-ASCII characters (charset "ascii"), so the launcher can read the
// bundle as latin1; make sure of it.
const bundled = await readFile(resolve(dist, "minic-bundle.cjs"), "latin1");
if (/[^\x00-\x7f]/.test(bundled)) throw new Error("dist/minic-bundle.cjs is not ASCII");
// The file holds the module wrapper's function expression, so the launcher hands what it
// reads to V8 as it is: no copies of a 650 KB string (each costs page faults) at a start.
await writeFile(resolve(dist, "minic-bundle.cjs"), "(function (exports, require, module, __filename, __dirname) {" + bundled.replace(/^#!.*/, "") + "\n})", "latin1");

// A stale code cache would only be rejected, but start clean.
for (const f of ["minic-bundle.cache"]) await rm(resolve(dist, f), { force: true });

const launcher = `#!/usr/bin/env -S node --no-concurrent-recompilation
"use strict";
// The minic command (package.json "bin"): runs dist/minic-bundle.cjs (built by
// scripts/bundle.mjs: a CommonJS module's function expression) through a V8 code cache, so
// that a start does not recompile the bundle. The cache lives next to the bundle, or in the
// temp directory if dist/ is read-only; it is (re)written at exit when it was missing or
// rejected.
// The #! line: V8 optimizes on a background thread by default, and that thread's malloc
// arena stays resident after the JIT's hot code is compiled (bintrees: 76-78 MB peak RSS
// with it, 69 MB without, at the same speed), so minic optimizes on the main thread.
// (The flag has to be on node's command line: set later from JavaScript it changes nothing.)
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const bundle = path.join(__dirname, "minic-bundle.cjs");
// latin1: the bundle is ASCII (checked when it is built), and latin1 is a plain copy.
const source = fs.readFileSync(bundle, "latin1");
const key = process.version + "-" + process.arch + "-" + source.length;
const candidates = [path.join(__dirname, "minic-bundle.cache"), () => path.join(require("os").tmpdir(), "minic-" + key + ".cache")];
const file = (c) => (typeof c === "string" ? c : c());
let cachedData;
for (const c of candidates) {
  try {
    const b = fs.readFileSync(file(c));
    if (b.length > 0) { cachedData = b; break; }
  } catch {}
}
const script = new vm.Script(source, { filename: bundle, cachedData });
const writeCache = cachedData === undefined || script.cachedDataRejected;
cachedData = undefined; // V8 has what it needs: let the 850 KB buffer go (peak RSS of long runs)
if (writeCache) {
  process.once("exit", () => {
    const data = script.createCachedData();
    for (const c of candidates) {
      try {
        const f = file(c);
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
// The unbundled entry stays runnable too: it was the "bin" before the bundle, and an npx
// cache made then still links `minic` to it.
await chmod(resolve(dist, "cli", "minic.js"), 0o755);
