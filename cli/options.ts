/**
 * @fileoverview Checks on option values that yargs lets through: a value-taking option
 * given twice (yargs makes an array of it, which every later use would misread as one
 * odd path such as "a.core,b.core"), or given with nothing after it (yargs gives ""),
 * and yargs' own errors about missing values, all as usage errors (exit 2).
 */

/** The option lists yargs keeps for the command being parsed (yargs' getOptions()). */
interface OptionLists {
  string?: string[];
  array?: string[];
  key?: Record<string, unknown>;
}

const spelled = (name: string): string => (name.length === 1 ? `-${name}` : `--${name}`);

/**
 * The first problem with the value-taking options of a parsed command line, or null.
 * Array options (-I, -D) may repeat; positionals are yargs' business.
 */
export function optionValueProblem(argv: Record<string, unknown>, options: OptionLists, positionals: readonly string[]): string | null {
  const arrays = new Set(options.array ?? []);
  for (const name of options.string ?? []) {
    if (arrays.has(name) || positionals.includes(name) || !(name in argv)) continue;
    const v = argv[name];
    if (Array.isArray(v)) return `option ${spelled(name)} given more than once`;
    if (v === "") return `option ${spelled(name)} needs a value`;
  }
  for (const name of arrays) {
    if (positionals.includes(name)) continue;
    const v = argv[name];
    if (Array.isArray(v) && v.some((x) => x === "")) return `option ${spelled(name)} needs a value`;
  }
  return null;
}

/** yargs' message for an option that ended the command line, in minic's words. */
export function yargsUsageMessage(message: string): string {
  const m = /^Not enough arguments following: (.+)$/.exec(message);
  return m ? `option ${spelled(m[1]!)} needs a value` : message;
}
