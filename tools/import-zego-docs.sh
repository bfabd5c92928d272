#!/usr/bin/env bash
# How every product's pages came into the catalog: `cargo xtask import --product` of each page
# of ZEGO's doc sources, the GitHub repository ZEGOCLOUD/docs_all at COMMIT, Chinese first,
# since it is the complete list. A page without front matter is dated with the day of the last
# commit that changed it. Then the per-API pages (OpenAPI files, the class solutions' API
# pages) whose codes no global page lists: each joins its product with its API's name.
# Usage: tools/import-zego-docs.sh GIT_DIR [global|api]   (GIT_DIR: a clone of ZEGOCLOUD/docs_all)
set -euo pipefail
git_dir=${1:?usage: $0 GIT_DIR [global|api]}
part=${2:-all}
commit=7fdebd415add0099ed467ae48a0c7a55bd3abd87
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The file at COMMIT, its revision (front matter date, else the last commit's day) and source.
import() {
    local product=$1 path=$2
    shift 2
    local file="$tmp/${path##*/}"
    git --git-dir="$git_dir" show "$commit:$path" > "$file"
    local revision
    revision=$(sed -n '1{/^---$/!q};2,/^---$/s/^date: *["'\'']\{0,1\}\([0-9-]*\).*/\1/p' "$file" | head -1)
    [[ -n $revision ]] || revision=$(git --git-dir="$git_dir" log -1 --format=%cs "$commit" -- "$path")
    cargo xtask import --product "$product" "$file" --revision "$revision" "$@" \
        --source "https://github.com/ZEGOCLOUD/docs_all/blob/$commit/${path// /%20} (changed $revision)"
}

# product  path
global='
rtc             core_products/real-time-voice-video/zh/server/api-reference/return-codes.mdx
rtc             core_products/real-time-voice-video/en/server/api-reference/return-codes.mdx
zim             core_products/zim/zh/docs_zim_server_zh/return-codes.mdx
zim             core_products/zim/en/docs_zim_server/Return codes.mdx
digital_human   core_products/digital-human/zh/server/streaming-apis/return-codes.mdx
digital_human   core_products/digital-human/en/server/streaming-apis/return-codes.mdx
asr             extended_services/cloud-realtime-asr/zh/server/api-reference/return-codes.mdx
asr             extended_services/cloud-realtime-asr/en/server/api-reference/return-codes.mdx
asr             extended_services/cloud-realtime-asr/zh/server/callbacks/exception-codes.mdx
asr             extended_services/cloud-realtime-asr/en/server/callbacks/exception-codes.mdx
cloud_player    extended_services/cloud_player/zh/server/return-codes.mdx
cloud_player    extended_services/cloud_player/en/server/return-codes.mdx
cloud_recording extended_services/cloud_recording/zh/server/error-codes.mdx
cloud_recording extended_services/cloud_recording/en/server/return-codes.mdx
super_board     extended_services/super_board/zh/server/common-error-codes.mdx
super_board     extended_services/super_board/en/server/common-error-codes.mdx
mini_game       extended_services/mini_game/zh/docs_mini_game_server_zh/Return Codes.mdx
mini_game       extended_services/mini_game/en/docs_mini_game_server/Return Codes.mdx
analytics       extended_services/analytics_dashboard/zh/server/return-codes.mdx
analytics       extended_services/analytics_dashboard/en/server/return-codes.mdx
shumei          cloud-market/shumei-moderation/zh/server/return-codes.mdx
ktv             solutions/online-ktv/server/return-code.mdx
large_class     solutions/large-class/server-api/return-codes.mdx
small_class     solutions/small-class/server-api/return-codes.mdx
'
# The digital human video generation page has no codes yet: data/pages.toml records it as a
# placeholder, and a test fails once it has a code table.

# product  api  section (- for none)  path. Pages read and found to list codes no global page
# lists; where two APIs' pages list one code, the first here gives its text.
api='
rtc           set-scene-template    scene           core_products/real-time-voice-video/zh/server/api-reference/scene/set-scene-template.yaml
rtc           set-scene-template    scene           core_products/real-time-voice-video/en/server/api-reference/scene/set-scene-template.yaml
rtc           close-room            room_signaling  core_products/real-time-voice-video/zh/server/api-reference/room/close.yaml
rtc           close-room            room_signaling  core_products/real-time-voice-video/en/server/api-reference/room/close.yaml
rtc           start-mix             stream_mixing   core_products/real-time-voice-video/zh/server/api-reference/stream-mixing/start-mix.yaml
rtc           start-mix             stream_mixing   core_products/real-time-voice-video/en/server/api-reference/stream-mixing/start-mix.yaml
zim           set-conversation-marks business       core_products/zim/zh/docs_zim_server_zh/conversation/set-conversation-marks.yaml
zim           set-conversation-marks business       core_products/zim/en/docs_zim_server/Conversation/set-conversation-marks.yaml
zim           send-room-messages    business        core_products/zim/zh/docs_zim_server_zh/messaging/send-room-messages.yaml
zim           send-room-messages    business        core_products/zim/en/docs_zim_server/Messaging/send-room-messages.yaml
zim           set-delivery-receipts-for-group-messages business core_products/zim/zh/docs_zim_server_zh/messaging/set-delivery-receipts-for-group-messages.yaml
zim           set-delivery-receipts-for-group-messages business core_products/zim/en/docs_zim_server/Messaging/set-delivery-receipts-for-group-messages.yaml
zim           set-delivery-receipts-for-one-to-one-messages business core_products/zim/zh/docs_zim_server_zh/messaging/set-delivery-receipts-for-one-to-one-messages.yaml
zim           set-delivery-receipts-for-one-to-one-messages business core_products/zim/en/docs_zim_server/Messaging/set-delivery-receipts-for-one-to-one-messages.yaml
zim           obtain-a-license      business        core_products/zim/zh/docs_zim_server_zh/zim-audio/obtain-a-license.yaml
zim           obtain-a-license      business        core_products/zim/en/docs_zim_server/ZIM Audio/obtain-a-license.yaml
super_board   set-white-board-user-auth -           extended_services/super_board/zh/server/set-white-board-user-auth.yaml
super_board   set-white-board-user-auth -           extended_services/super_board/en/server/set-white-board-user-auth.yaml
super_board   set-white-board-room-auth -           extended_services/super_board/zh/server/set-white-board-room-auth.yaml
super_board   set-white-board-room-auth -           extended_services/super_board/en/server/set-white-board-room-auth.yaml
super_board   get-white-board-user-auth -           extended_services/super_board/zh/server/get-white-board-user-auth.yaml
super_board   get-white-board-user-auth -           extended_services/super_board/en/server/get-white-board-user-auth.yaml
super_board   get-white-board-room-auth -           extended_services/super_board/zh/server/get-white-board-room-auth.yaml
super_board   get-white-board-room-auth -           extended_services/super_board/en/server/get-white-board-room-auth.yaml
super_board   cvt-doc               -               extended_services/super_board/zh/server/cvt-doc.yaml
super_board   query-status          -               extended_services/super_board/zh/server/query-status.yaml
super_board   cancel-cvt            -               extended_services/super_board/zh/server/cancel-cvt.yaml
super_board   del-file              -               extended_services/super_board/zh/server/del-file.yaml
mini_game     send-gifts            -               extended_services/mini_game/zh/docs_mini_game_server_zh/bullet comments games related/Send Gifts.mdx
mini_game     send-gifts            -               extended_services/mini_game/en/docs_mini_game_server/bullet comments games related/Send Gifts.mdx
mini_game     check-gift-sending-results - extended_services/mini_game/zh/docs_mini_game_server_zh/bullet comments games related/Check Gift Sending Results.mdx
mini_game     check-gift-sending-results - extended_services/mini_game/en/docs_mini_game_server/bullet comments games related/Check Gift Sending Results.mdx
mini_game     making-api-requests   -               extended_services/mini_game/en/docs_mini_game_server/Making API Requests.mdx
'
for product in large_class small_class; do
    for page in login-room set-user-info end-teaching get-user-info get-attendee-list get-join-live-list leave-room heartbeat; do
        api+="$product $page - solutions/${product/_/-}/server-api/$page.mdx"$'\n'
    done
done
# Read and refused, with the reason the importer gives, so nothing from them is in the catalog:
# - zim batch-block-users (zh and en): code 6607000015 does not fit in 32 bits (a typo of ZEGO's);
# - zim send-a-call-invitation (zh and en): 660000002 listed twice in one table;
# - zim send-a-one-to-one-message (en): a "Note" column; batch-register-users (en): "Possible Cause";
# - the KTV song APIs' pages: an image (<Frame>) inside a table cell.
# Their codes that no global page lists, if any, wait for ZEGO to fix the page or the reader.

if [[ $part == all || $part == global ]]; then
    while read -r product path; do
        [[ -n $product ]] && import "$product" "$path"
    done <<< "$global"
fi
if [[ $part == all || $part == api ]]; then
    while read -r product name section path; do
        [[ -n $product ]] || continue
        args=(--api "$name")
        [[ $section == - ]] || args+=(--section "$section")
        import "$product" "$path" "${args[@]}"
    done <<< "$api"
fi
