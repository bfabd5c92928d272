# Reads `go test -bench` output (any -count): BenchmarkMessage/SET and BenchmarkMap/SET lines
# give the median ns/op of each and Message's ratio to the map lookup per set;
# BenchmarkSideBySide/SET lines (the lookups timed in turn, round by round) give the medians of
# their metrics: Message, the product lookups and the map, and their ratios.
function median(list,    n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
/^Benchmark(Message|Map)\// {
    split($1, name, "/"); sub(/-[0-9]+$/, "", name[2])
    for (i = 2; i <= NF; i++) if ($(i + 1) == "ns/op") ns[name[1] "/" name[2]] = ns[name[1] "/" name[2]] " " $i
    if (!(name[2] in seen)) { seen[name[2]] = 1; sets[++n] = name[2] }
}
/^BenchmarkSideBySide\// {
    split($1, name, "/"); sub(/-[0-9]+$/, "", name[2])
    for (i = 2; i <= NF; i++) m[name[2] " " $(i + 1)] = m[name[2] " " $(i + 1)] " " $i
    if (!(name[2] in side)) { side[name[2]] = 1; sides[++ns_] = name[2] }
}
END {
    for (i = 1; i <= n; i++) {
        s = sets[i]; a = median(ns["BenchmarkMessage/" s]); k = median(ns["BenchmarkMap/" s])
        printf "go %-8s Message %6.2f ns  map[uint32]string %6.2f ns  ratio %.2f (goal: at most 0.5)\n", s, a, k, a / k
    }
    for (i = 1; i <= ns_; i++) {
        s = sides[i]
        printf "go %-8s side by side: Message %5.2f ns, map %5.2f ns, ratio %.2f (goal: at most 0.5); ProductAiAgent.Code(c).Message %5.2f ns, ratio %.2f to Message; every product's codes %5.2f ns, ratio %.2f (goal: at most 1.3)\n", s,
            median(m[s " message-ns"]), median(m[s " map-ns"]), median(m[s " message/map"]),
            median(m[s " aiagent-ns"]), median(m[s " aiagent/message"]),
            median(m[s " every-ns"]), median(m[s " every/message"])
    }
}
