#!/usr/bin/env bash
# gen-expected.sh: generates the expected results of the conformance corpus with gcc.
#
# For each program (a .c file, or a directory of .c files for a multi-file program) it
# compiles with `gcc -m32 -std=c99 -w`, runs the binary under qemu-i386 (the kernel here
# cannot run 32-bit binaries natively), feeding NAME.in as stdin (else /dev/null) and the
# whitespace-separated words of NAME.args as arguments, and writes stdout to NAME.out and
# the exit status to NAME.exit.
#
# Usage: test/tools/gen-expected.sh [--check] [PROGRAM.c | PROGRAM_DIR ...]
#   With no program arguments, every program under test/programs is regenerated.
#   --check additionally builds each program with -O2 and with UBSan (-O0) and refuses to
#   write anything for a program whose UBSan build reports a problem or whose outputs
#   differ between builds: both are signs of undefined or unspecified behaviour.
set -u
set -f   # .args words are taken literally, never globbed

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PROGRAMS="$ROOT/test/programs"
TIMEOUT="${GEN_TIMEOUT:-10}"
CFLAGS=(-m32 -std=c99 -w)

check=0
targets=()
for a in "$@"; do
  case "$a" in
    --check) check=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) targets+=("$a") ;;
  esac
done

if [ ${#targets[@]} -eq 0 ]; then
  set +f
  # Single-file programs: every .c that is not inside a multi-file directory.
  while IFS= read -r f; do targets+=("$f"); done < <(
    find "$PROGRAMS" -name '*.c' -not -path "$PROGRAMS/multifile/*/*" | sort)
  # Multi-file programs: every directory directly under multifile/.
  if [ -d "$PROGRAMS/multifile" ]; then
    while IFS= read -r d; do targets+=("$d"); done < <(
      find "$PROGRAMS/multifile" -mindepth 1 -maxdepth 1 -type d | sort)
  fi
  set -f
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# run BINARY BASE OUTFILE: runs under qemu with BASE.in / BASE.args; echoes the status.
run() {
  local bin="$1" base="$2" out="$3" input=/dev/null args=()
  [ -f "$base.in" ] && input="$base.in"
  # shellcheck disable=SC2207
  [ -f "$base.args" ] && args=($(cat "$base.args"))
  timeout "$TIMEOUT" qemu-i386 "$bin" "${args[@]}" <"$input" >"$out" 2>"$out.err"
  echo $?
}

ok=0
failed=0
for t in "${targets[@]}"; do
  t="${t%/}"
  if [ -d "$t" ]; then
    set +f; srcs=("$t"/*.c); set -f
    base="$t"
  elif [ -f "$t" ] && [ "${t%.c}" != "$t" ]; then
    srcs=("$t")
    base="${t%.c}"
  else
    echo "error: $t: not a .c file or a directory" >&2
    failed=$((failed + 1)); continue
  fi

  if ! gcc "${CFLAGS[@]}" -o "$tmp/prog" "${srcs[@]}" 2>"$tmp/cc.err"; then
    echo "error: $t: gcc failed:" >&2; cat "$tmp/cc.err" >&2
    failed=$((failed + 1)); continue
  fi
  status="$(run "$tmp/prog" "$base" "$tmp/out")"
  if [ "$status" = 124 ]; then
    echo "error: $t: timed out after ${TIMEOUT}s" >&2
    failed=$((failed + 1)); continue
  fi
  # qemu re-raises a guest's fatal signal on itself and says so on stderr; a plain
  # exit status >= 128 (e.g. `return 255;`) is a normal exit.
  if grep -q 'uncaught target signal' "$tmp/out.err"; then
    echo "error: $t: crashed: $(grep -m1 'uncaught target signal' "$tmp/out.err")" >&2
    failed=$((failed + 1)); continue
  fi

  if [ "$check" = 1 ]; then
    bad=""
    if gcc "${CFLAGS[@]}" -O2 -o "$tmp/prog2" "${srcs[@]}" 2>/dev/null; then
      s2="$(run "$tmp/prog2" "$base" "$tmp/out2")"
      if [ "$s2" != "$status" ] || ! cmp -s "$tmp/out" "$tmp/out2"; then
        bad="output or status differs between -O0 and -O2"
      fi
    fi
    if gcc "${CFLAGS[@]}" -fsanitize=undefined -fno-sanitize-recover=all \
         -o "$tmp/prog3" "${srcs[@]}" 2>/dev/null; then
      run "$tmp/prog3" "$base" "$tmp/out3" >/dev/null
      if grep -q 'runtime error' "$tmp/out3.err"; then
        bad="UBSan: $(grep -m1 'runtime error' "$tmp/out3.err")"
      fi
    fi
    if [ -n "$bad" ]; then
      echo "error: $t: $bad (nothing written)" >&2
      failed=$((failed + 1)); continue
    fi
  fi

  cp "$tmp/out" "$base.out"
  echo "$status" >"$base.exit"
  ok=$((ok + 1))
done

echo "gen-expected: $ok generated, $failed failed" >&2
[ "$failed" -eq 0 ]
