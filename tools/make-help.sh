#!/usr/bin/env bash
# `make help`: every target the make files declare .PHONY, with the line its rule carries after
# `##` (`name: prerequisites ## what it does`). The text lives on the rule itself, so the list
# cannot drift from the make files; a .PHONY target without one fails with its name.
# usage: tools/make-help.sh MAKEFILE...
set -euo pipefail
awk '
    /^\.PHONY:/ { for (i = 2; i <= NF; i++) phony[$i] = 1; next }
    /^[a-zA-Z0-9_.-]+:.*## / {
        name = $0; sub(/:.*/, "", name)
        text = $0; sub(/^[^#]*## /, "", text)
        if (!(name in doc)) { doc[name] = text; order[++n] = name }
    }
    END {
        # One column wide enough for the longest name listed.
        for (i = 1; i <= n; i++) if (order[i] in phony && length(order[i]) > w) w = length(order[i])
        for (i = 1; i <= n; i++) if (order[i] in phony) printf "  %-" w "s  %s\n", order[i], doc[order[i]]
        for (name in phony) if (!(name in doc) && name !~ /^[A-Z]+$/) { print "make help: target " name " has no ## line" > "/dev/stderr"; bad = 1 }
        exit bad
    }
' "$@"
