// zego_codes.hpp: std::error_code and std::system_error carry ZEGO return codes with the
// library's texts, for every code of the expectations (ffi/tests/run.sh passes the file).
#include <cstdint>
#include <cstring>
#include <string>
#include <system_error>
#include <type_traits>

#include "zego_codes.hpp"
#include "expect.h"

static_assert(std::is_error_code_enum<zego::code>::value, "zego::code is an error code enum");
static_assert(std::is_same<std::underlying_type<zego::code>::type, std::uint32_t>::value,
              "zego::code holds any uint32_t");
static_assert(static_cast<std::uint32_t>(zego::code::agent_instance_not_found) == 410001002u,
              "enumerators carry the C constants");

// Every enumerator of the header, extracted by run.sh.
static const struct {
    zego::code value;
    const char *name;
} enumerators[] = {
#include "enumerators_table.h"
};

static void check_record(const expect_record &r) {
    const std::error_code ec = static_cast<zego::code>(r.code);
    CHECK(ec.category() == zego::code_category(), "code %lu category", (unsigned long)r.code);
    CHECK(std::strcmp(ec.category().name(), "zego") == 0, "category name");
    CHECK(static_cast<std::uint32_t>(ec.value()) == r.code, "code %lu round trip",
          (unsigned long)r.code);
    CHECK(ec.message() == r.text[F_MESSAGE_ZH], "code %lu message \"%s\", want \"%s\"",
          (unsigned long)r.code, ec.message().c_str(), r.text[F_MESSAGE_ZH]);
    CHECK(static_cast<bool>(ec) == (r.code != 0), "code %lu: only 0 is \"no error\"",
          (unsigned long)r.code);
    CHECK(ec == zego::make_error_code(static_cast<zego::code>(r.code)), "make_error_code");
}

static void check_system_error() {
    bool caught = false;
    try {
        throw std::system_error(zego::code::signature_expired, "renew");
    } catch (const std::system_error &e) {
        caught = true;
        CHECK(e.code() == zego::code::signature_expired, "system_error keeps the code");
        CHECK(e.code() != zego::code::invalid_signature, "and only that code");
        CHECK(std::strstr(e.what(), zego_code_message(ZEGO_CODE_SIGNATURE_EXPIRED)) != nullptr,
              "what() \"%s\" holds the message", e.what());
        CHECK(std::strstr(e.what(), "renew") != nullptr, "what() holds the context");
    }
    CHECK(caught, "system_error thrown and caught");
    std::error_code generic = std::make_error_code(std::errc::invalid_argument);
    CHECK(generic != zego::code::invalid_parameter, "other categories never compare equal");
}

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s EXPECTATIONS\n", argv[0]);
        return 2;
    }
    expectations e = expect_load(argv[1]);
    std::size_t returns = 0;
    for (std::size_t i = 0; i < e.count; i++) {
        if (e.records[i].kind != 'R') continue;
        returns++;
        check_record(e.records[i]);
    }
    for (const auto &en : enumerators) {
        std::uint32_t value = static_cast<std::uint32_t>(en.value);
        CHECK(std::strcmp(zego_code_name(value), en.name) == 0, "enumerator %s = %lu is %s",
              en.name, (unsigned long)value, zego_code_name(value));
    }
    CHECK(sizeof enumerators / sizeof enumerators[0] == zego_code_count(),
          "%lu enumerators, %lu codes", (unsigned long)(sizeof enumerators / sizeof enumerators[0]),
          (unsigned long)zego_code_count());
    check_system_error();
    std::printf("test_cpp (C++%ld): %lu return codes, %d failures\n", __cplusplus / 100 % 100,
                (unsigned long)returns, expect_failures);
    expect_free(&e);
    return expect_failures == 0 ? 0 : 1;
}
