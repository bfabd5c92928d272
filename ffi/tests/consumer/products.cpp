// The README's C++ product example: a product's return code as std::error_code.
#include <cstdio>
#include <system_error>

#include <zego_codes.hpp>

int main() {
    using zego::codes::Product;
    std::error_code ec = zego::codes::make_error_code(Product::Zim, 660000022);  // from a response
    std::printf("%s: %s\n", ec.category().name(), ec.message().c_str());           // zego.zim

    try {
        throw std::system_error(zego::codes::asr::code::asr_task_not_found, "stop recognition");
    } catch (const std::system_error &e) {
        std::printf("%s [%s %d]\n", e.what(), e.code().category().name(), e.code().value());
        return e.code() == zego::codes::asr::code::asr_task_not_found ? 0 : 1;
    }
}
