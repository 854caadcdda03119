#!/usr/bin/env bash
# After a cached build folder has been restored into a fresh checkout: give every tracked file
# an old modification time and the files changed since the cached build's commit the present
# one, so that Sphinx (which compares modification times) reads again exactly what changed.
# A checkout gives every file "now", which would make Sphinx read everything.
#
# Usage: mark-changed-sources.sh BUILD_DIR     (e.g. docs/_build; the cache holds it)
# The build records its commit with:  git rev-parse HEAD > BUILD_DIR/.built-commit
# With no usable record (first run, or a commit the history lacks), the restored build is
# removed and the site is built clean.
set -euo pipefail
build_dir=${1:?usage: mark-changed-sources.sh BUILD_DIR}
record="$build_dir/.built-commit"
built=$(cat "$record" 2>/dev/null || true)
if [ -z "$built" ] || ! git cat-file -e "$built^{commit}" 2>/dev/null; then
    echo "no cached build to start from: building clean"
    rm -rf "$build_dir"
    exit 0
fi
# 2000-01-01: older than any build the cache can hold.
git ls-files -z | xargs -0 -r touch -h -d @946684800
# Added, copied, modified and renamed files are "now"; deleted ones are simply gone.
git diff --name-only -z --diff-filter=d "$built" HEAD | xargs -0 -r touch -h
echo "files changed since $built: $(git diff --name-only --diff-filter=d "$built" HEAD | wc -l)"
