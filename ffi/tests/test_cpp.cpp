// zego_codes.hpp: std::error_code and std::system_error carry ZEGO return codes with the
// library's texts, for every code of the expectations, and every product's return codes of
// the products oracle (ffi/tests/run.sh passes both files).
#include <cctype>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>
#include <system_error>
#include <type_traits>
#include <utility>

#include "zego_codes.hpp"
#include "expect.h"
#include "products.h"

static_assert(std::is_error_code_enum<zego::code>::value, "zego::code is an error code enum");
static_assert(std::is_same<std::underlying_type<zego::code>::type, std::uint32_t>::value,
              "zego::code holds any uint32_t");
static_assert(static_cast<std::uint32_t>(zego::code::agent_instance_not_found) == 410001002u,
              "enumerators carry the C constants");

static_assert(std::is_error_code_enum<zego::codes::asr::code>::value,
              "each product's code is an error code enum");
static_assert(std::is_same<std::underlying_type<zego::codes::rtc::code>::type, std::uint32_t>::value,
              "a product's code holds any uint32_t");
static_assert(static_cast<std::uint32_t>(zego::codes::Product::Rtc) == ZEGO_PRODUCT_RTC,
              "Product carries the C values");
static_assert(static_cast<std::uint32_t>(zego::codes::rtc::code::media_file_not_found) ==
                  ZEGO_RTC_MEDIA_FILE_NOT_FOUND,
              "a product's enumerators carry its C constants");

// Every enumerator of the products' enums, with its product and family, extracted by run.sh.
static const struct {
    std::uint32_t product, family, value;
    const char *name;
} product_enumerators[] = {
#include "product_enumerators_table.h"
};

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

// Every return code row of the oracle as a std::error_code of its product's category, the
// core's answers too (ambiguous and unknown codes), and every product enumerator.
static void check_products(const product_records &all) {
    using zego::codes::Product;
    std::set<std::pair<std::uint32_t, std::string> > names[2];
    std::size_t rows = 0;
    for (std::size_t i = 0; i < all.count; i++) {
        const product_record &r = all.r[i];
        if (r.tag == 'P') names[r.family].insert(std::make_pair(r.product, std::string(r.f[P_NAME])));
        if (r.family != ZEGO_FAMILY_RETURN) continue;
        const Product p = static_cast<Product>(r.product);
        const std::error_code ec = zego::codes::make_error_code(p, r.code);
        const std::string category = std::string("zego.") + r.f[P_PRODUCT];
        CHECK(ec.category().name() == category, "%s category %s", category.c_str(),
              ec.category().name());
        CHECK(ec.category() == zego::codes::category(p), "one category per product");
        CHECK(ec.category() != zego::code_category(), "not AI Agent's zego::code category");
        CHECK(static_cast<std::uint32_t>(ec.value()) == r.code, "%lu round trip",
              (unsigned long)r.code);
        CHECK(ec.message() == zego_product_code_message(r.product, r.code), "%s %lu message",
              r.f[P_PRODUCT], (unsigned long)r.code);
        CHECK(std::strcmp(zego::codes::message_en(p, r.code),
                          zego_product_code_message_en(r.product, r.code)) == 0, "message_en");
        if (r.tag == 'A') {
            CHECK(ec.message() == r.f[A_MESSAGE_ZH], "%s %lu: the core's message",
                  r.f[A_PRODUCT], (unsigned long)r.code);
            CHECK(zego::codes::is_ambiguous(p, r.code) == (r.f[A_AMBIGUOUS][0] == '1'),
                  "is_ambiguous");
        } else if (r.f[P_AMBIGUOUS][0] == '0' && (i == 0 || all.r[i - 1].code != r.code ||
                                                  all.r[i - 1].product != r.product ||
                                                  all.r[i - 1].family != r.family)) {
            // The first section's row of a code: what the unqualified lookup answers with
            // (sections that share a name may word it differently).
            rows++;
            CHECK(ec.message() == r.f[P_MESSAGE_ZH], "%s %lu message \"%s\", want \"%s\"",
                  r.f[P_PRODUCT], (unsigned long)r.code, ec.message().c_str(), r.f[P_MESSAGE_ZH]);
            CHECK(std::strcmp(zego::codes::name(p, r.code), r.f[P_NAME]) == 0, "name");
        }
    }
    // Each enumerator names an entry of its product and family with its code.
    std::size_t counted[2] = {0, 0};
    for (const auto &en : product_enumerators) {
        counted[en.family]++;
        bool found = false;
        std::uint32_t code = 0, section = 0;
        for (std::size_t i = 0; zego_product_meaning(en.product, en.family, i, &code, &section); i++) {
            if (code != en.value) continue;
            const char *name = section == ZEGO_SECTION_NONE
                                   ? (en.family == ZEGO_FAMILY_RETURN
                                          ? zego_product_code_name(en.product, code)
                                          : zego_product_event_name(en.product, code))
                                   : zego_section_code_name(section, code);
            found = found || std::strcmp(name, en.name) == 0;
        }
        CHECK(found, "enumerator %s of %s = %lu names no entry", en.name,
              zego_product_id(en.product), (unsigned long)en.value);
    }
    CHECK(counted[0] == names[0].size() && counted[1] == names[1].size(),
          "%lu and %lu enumerators, %lu and %lu names in the oracle", (unsigned long)counted[0],
          (unsigned long)counted[1], (unsigned long)names[0].size(), (unsigned long)names[1].size());
    // The typed enums, a value that names no product, and the lookups by id and host.
    std::error_code asr = zego::codes::asr::code::asr_task_not_found;
    CHECK(asr.category() == zego::codes::asr::category() &&
              asr.message() == zego_product_code_message(ZEGO_PRODUCT_ASR, 410001002u),
          "ASR 410001002 by enumerator");
    CHECK(asr != zego::code::agent_instance_not_found, "not AI Agent's 410001002");
    bool caught = false;
    try {
        throw std::system_error(zego::codes::rtc::code::media_file_not_found, "download");
    } catch (const std::system_error &e) {
        caught = std::strstr(e.what(), "download") != nullptr;
    }
    CHECK(caught, "system_error with a product's code");
    const std::error_code none = zego::codes::make_error_code(static_cast<Product>(1000), 1);
    CHECK(std::strcmp(none.category().name(), "zego.unknown") == 0 &&
              none.message().find("zego_product_t") != std::string::npos,
          "no product: \"%s\"", none.message().c_str());
    CHECK(zego::codes::product_from_id("rtc") == Product::Rtc &&
              static_cast<std::uint32_t>(zego::codes::product_from_id("nope")) == ZEGO_PRODUCT_NONE,
          "product_from_id");
    CHECK(zego::codes::product_from_host("zim-api.zego.im") == Product::Zim, "product_from_host");
    CHECK(std::strcmp(zego::codes::id(Product::DigitalHuman), "digital_human") == 0 &&
              std::strcmp(zego::codes::name_en(static_cast<Product>(1000)), "") == 0,
          "ids");
    std::printf("test_cpp (C++%ld): %lu product return codes, %lu product enumerators\n",
                __cplusplus / 100 % 100, (unsigned long)rows,
                (unsigned long)(sizeof product_enumerators / sizeof product_enumerators[0]));
}

int main(int argc, char **argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s EXPECTATIONS PRODUCTS.tsv\n", argv[0]);
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
    product_records all = products_load(argv[2]);
    check_products(all);
    products_free(&all);
    std::printf("test_cpp (C++%ld): %lu return codes, %d failures\n", __cplusplus / 100 % 100,
                (unsigned long)returns, expect_failures);
    expect_free(&e);
    return expect_failures == 0 ? 0 : 1;
}
