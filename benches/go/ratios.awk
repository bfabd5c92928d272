# Reads `go test -bench` output with BenchmarkMessage/SET and BenchmarkMap/SET lines (any
# -count): prints the median ns/op of each and Message's ratio to the map lookup per set.
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
END {
    for (i = 1; i <= n; i++) {
        s = sets[i]; m = median(ns["BenchmarkMessage/" s]); k = median(ns["BenchmarkMap/" s])
        printf "go %-8s Message %6.2f ns  map[uint32]string %6.2f ns  ratio %.2f (goal: at most 0.5)\n", s, m, k, m / k
    }
}
