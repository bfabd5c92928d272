#!/usr/bin/env bash
# Adding a ZEGO product is a data change: on a fresh clone, a synthetic product gets its
# entry in data/products.toml (two sections, a host), its first Chinese page (a code in each
# section, one number both sections define differently, and a code no other product has),
# is imported with `cargo xtask import --product` and reviewed the way a person would (names,
# guidance, English), and `cargo xtask gen` writes every language's sources. Then the clone
# runs `make $DRILL_TARGETS` (default: check, every language's suite) with no code and no
# test edited: each suite reads the products oracle, so it checks the new product too.
#
#   bash tests/product-drill.sh [CLONE_DIR]     (`make drill-product`)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
clone=${1:-$root/target/product-drill}
targets=${DRILL_TARGETS:-check}
product=drill_product

rm -rf "$clone"
git clone -q "$root" "$clone"
cd "$clone"

# A number no product defines yet: the largest code of any data file, plus one.
taken=$(grep -hE '^code = [0-9]+$' data/return_codes.toml data/event_codes.toml data/products/*.toml \
    | awk '{ if ($3 > max) max = $3 } END { print max + 0 }')
own=$((taken + 1))
shared=$((taken + 2))

cat >> data/products.toml <<EOF

[[product]]
id = "$product"
name_zh = "演练产品"
name_en = "Drill Product"
hosts = ["drill-api.example.invalid"]

[[product.section]]
id = "first_apis"
heading_zh = "第一类接口"
title_en = "First APIs"

[[product.section]]
id = "second_apis"
heading_zh = "第二类接口"
title_en = "Second APIs"
EOF

page=$(mktemp -d)/return-codes.zh.md
trap 'rm -rf "$(dirname "$page")"' EXIT
cat > "$page" <<EOF
---
date: "$(date -u +%F)"
---
# 返回码

## 第一类接口

| 返回码 | 说明 | 处理建议 |
| --- | --- | --- |
| 0 | 成功。 | - |
| $own | 演练产品的返回码。 | 请稍后重试。 |
| $shared | 第一类接口的含义。 | 请检查参数。 |

## 第二类接口

| 返回码 | 说明 | 处理建议 |
| --- | --- | --- |
| $shared | 第二类接口的含义。 | 请联系 ZEGO 技术支持。 |
EOF
cargo xtask import --product "$product" "$page"

# The review: a name per meaning, a guidance, and the English the project writes.
review=data/products/$product.toml
awk -v shared="$shared" '
    /^\[\[code\]\]/ { code = ""; section = "" }
    /^code = / { code = $3 }
    /^section = / { section = $3; gsub(/"/, "", section) }
    /^name = "UNNAMED_/ {
        if (code == 0) print "name = \"SUCCESS\"";
        else if (code == shared) print "name = \"DRILL_" toupper(section) "_MEANING\"";
        else print "name = \"DRILL_OWN_CODE\"";
        next
    }
    /^guidance = "unreviewed"/ { print "guidance = \"" (code == 0 ? "no_action" : "retry_later") "\""; next }
    /^message_en = ""/ { print "message_en = \"A code of the drill product.\""; next }
    { print }' "$review" > "$review.new"
mv "$review.new" "$review"
cargo xtask gen
cargo xtask check

# No code and no test was edited on the way: only data, vendored pages and generated files.
edited=$(git status --porcelain | awk '{ print $2 }' \
    | grep -vE '^(data/|CODES\.md$|PRODUCTS\.md$|README\.md$|include/|src/generated/|ffi/src/generated/|python/zego_codes/_generated/|java/src/generated/|go/zz_generated|node/src/generated/|site/src/generated/)' || true)
if [ -n "$edited" ]; then
    echo "adding a product edited more than data and generated files:" >&2
    echo "$edited" >&2
    exit 1
fi
git add -A && git -c user.name=drill -c user.email=drill@localhost commit -q -m "drill: add $product"
# shellcheck disable=SC2086 # a list of make targets, split into words
make $targets
echo "== product drill: $product ($own, and $shared in two sections) passed make $targets"
