#!/usr/bin/env bash
# Editor tests in real clients against the real server: Neovim 0.7 headless with editors/nvim,
# Emacs 28 + eglot in batch with editors/emacs, and node --test for editors/vscode.
# Server: $INTERVIEW_LSP_BIN, else .build/debug/interview-lsp (run `swift build` first).
# Session: a scratch copy of $INTERVIEW_SESSION_SOURCE, else examples/platform-engineer, else
# fixtures/platform-engineer.
# Prints "N passed, N failed" last; exits non-zero when anything failed.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bin="${INTERVIEW_LSP_BIN:-$repo/.build/debug/interview-lsp}"
case "$bin" in /*) ;; *) bin="$repo/$bin" ;; esac

passed=0
failed=0

fail_setup() {
    echo "editors: $1" >&2
    echo "0 passed, 1 failed"
    exit 1
}

[ -x "$bin" ] || fail_setup "no server at $bin: run 'swift build' or set INTERVIEW_LSP_BIN"
for tool in nvim emacs node; do
    command -v "$tool" >/dev/null || fail_setup "$tool is not installed: run integration/editors/install-deps"
done

session_source="${INTERVIEW_SESSION_SOURCE:-$repo/examples/platform-engineer}"
[ -d "$session_source" ] || session_source="$here/fixtures/platform-engineer"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/interview-editors.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# A fresh copy per suite: the tests write questions into the notes.
fresh_session() {
    local dir="$scratch/$1/session"
    mkdir -p "$scratch/$1"
    cp -R "$session_source" "$dir"
    rm -rf "$dir/.interview/index.sqlite"*
    echo "$dir"
}

# Counts the "ok - " / "not ok - " lines a suite printed; a suite that died without reporting a
# failure counts as one.
tally() {
    local name="$1" status="$2" log="$3"
    local ok bad
    ok=$(grep -c '^ok - ' "$log")
    bad=$(grep -c '^not ok - ' "$log")
    if [ "$status" -ne 0 ] && [ "$bad" -eq 0 ]; then
        echo "not ok - $name exited with status $status"
        bad=1
    fi
    passed=$((passed + ok))
    failed=$((failed + bad))
}

run_suite() {
    local name="$1"; shift
    local log="$scratch/$name.log" err="$scratch/$name.stderr"
    echo "# $name"
    timeout 180 "$@" >"$log" 2>"$err"
    local status=$?
    cat "$log"
    if [ "$status" -ne 0 ]; then
        echo "# $name stderr (last 30 lines):"
        tail -n 30 "$err" | sed 's/^/#   /'
    fi
    tally "$name" "$status" "$log"
}

# A Lua error outside the test cases would leave headless Neovim waiting forever: report it and quit.
nvim_guarded() {
    printf 'local ok, err = pcall(dofile, "%s") if not ok then io.stdout:write("not ok - nvim: " .. tostring(err) .. "\\n") vim.cmd("cquit 1") end' "$1"
}

nvim_session="$(fresh_session nvim)"
export XDG_CACHE_HOME="$scratch/nvim/cache" XDG_STATE_HOME="$scratch/nvim/state" \
    XDG_DATA_HOME="$scratch/nvim/data" XDG_CONFIG_HOME="$scratch/nvim/config"
run_suite nvim env INTERVIEW_LSP_BIN="$bin" INTERVIEW_PLUGIN="$repo/editors/nvim" INTERVIEW_SESSION="$nvim_session" \
    nvim --headless --clean -u NONE -c "lua $(nvim_guarded "$here/nvim_test.lua")"

emacs_session="$(fresh_session emacs)"
run_suite emacs env INTERVIEW_LSP_BIN="$bin" INTERVIEW_PLUGIN="$repo/editors/emacs" INTERVIEW_SESSION="$emacs_session" \
    HOME="$scratch/emacs" emacs -Q --batch -l "$here/emacs_test.el"

echo "# vscode"
node_log="$scratch/vscode.log"
node --test "$repo/editors/vscode/test/" >"$node_log" 2>&1
node_status=$?
grep -E '^(not )?ok ' "$node_log" | sed 's/^/  /'
node_passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$node_log")
node_failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$node_log")
if [ -z "$node_passed" ] || { [ "$node_status" -ne 0 ] && [ "${node_failed:-0}" -eq 0 ]; }; then
    cat "$node_log"
    node_failed=$((${node_failed:-0} + 1))
elif [ "${node_failed:-0}" -gt 0 ]; then
    cat "$node_log"
fi
passed=$((passed + ${node_passed:-0}))
failed=$((failed + ${node_failed:-0}))

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
