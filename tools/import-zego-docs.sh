#!/usr/bin/env bash
# How every product's pages first came into the catalog: `cargo xtask import --product` of each
# page of ZEGO's doc sources (the GitHub repository ZEGOCLOUD/docs_all at the commit below, as
# vendored in the shared upstream folder), Chinese first, since it is the complete list. A page
# without front matter is dated with the day of the last commit that changed it.
# Usage: tools/import-zego-docs.sh DOCS_DIR   (a checkout of ZEGOCLOUD/docs_all at COMMIT)
set -euo pipefail
docs=${1:?usage: $0 DOCS_DIR}
commit=7fdebd415add0099ed467ae48a0c7a55bd3abd87

# product  revision  path (relative to DOCS_DIR)
pages='
rtc             2026-04-10 core_products/real-time-voice-video/zh/server/api-reference/return-codes.mdx
rtc             2026-01-08 core_products/real-time-voice-video/en/server/api-reference/return-codes.mdx
zim             2025-11-03 core_products/zim/zh/docs_zim_server_zh/return-codes.mdx
zim             2025-09-04 core_products/zim/en/docs_zim_server/Return codes.mdx
digital_human   2026-03-10 core_products/digital-human/zh/server/streaming-apis/return-codes.mdx
digital_human   2026-03-20 core_products/digital-human/en/server/streaming-apis/return-codes.mdx
asr             2025-07-25 extended_services/cloud-realtime-asr/zh/server/api-reference/return-codes.mdx
asr             2026-03-16 extended_services/cloud-realtime-asr/en/server/api-reference/return-codes.mdx
asr             2025-07-28 extended_services/cloud-realtime-asr/zh/server/callbacks/exception-codes.mdx
asr             2026-03-16 extended_services/cloud-realtime-asr/en/server/callbacks/exception-codes.mdx
cloud_player    2025-11-13 extended_services/cloud_player/zh/server/return-codes.mdx
cloud_player    2025-11-13 extended_services/cloud_player/en/server/return-codes.mdx
cloud_recording 2025-11-19 extended_services/cloud_recording/zh/server/error-codes.mdx
cloud_recording 2025-11-19 extended_services/cloud_recording/en/server/return-codes.mdx
super_board     2025-11-17 extended_services/super_board/zh/server/common-error-codes.mdx
super_board     2025-11-17 extended_services/super_board/en/server/common-error-codes.mdx
mini_game       2025-05-21 extended_services/mini_game/zh/docs_mini_game_server_zh/Return Codes.mdx
mini_game       2025-04-30 extended_services/mini_game/en/docs_mini_game_server/Return Codes.mdx
analytics       2025-11-12 extended_services/analytics_dashboard/zh/server/return-codes.mdx
analytics       2025-11-12 extended_services/analytics_dashboard/en/server/return-codes.mdx
shumei          2025-08-12 cloud-market/shumei-moderation/zh/server/return-codes.mdx
ktv             2025-06-21 solutions/online-ktv/server/return-code.mdx
large_class     2025-08-07 solutions/large-class/server-api/return-codes.mdx
small_class     2025-08-07 solutions/small-class/server-api/return-codes.mdx
'
while read -r product revision path; do
    [[ -n $product ]] || continue
    cargo xtask import --product "$product" "$docs/$path" --revision "$revision" \
        --source "https://github.com/ZEGOCLOUD/docs_all/blob/$commit/${path// /%20} (changed $revision)"
done <<< "$pages"
