// The README's C++ example: a ZEGO return code as std::error_code and std::system_error.
#include <cstdio>
#include <system_error>

#include <zego_codes.hpp>

int main() {
    std::error_code ec = static_cast<zego::code>(100000004);  // from a response
    if (ec == zego::code::signature_expired) std::printf("renew the signature\n");
    try {
        throw std::system_error(ec, "create agent instance");
    } catch (const std::system_error &e) {
        std::printf("%s [%s %d]\n", e.what(), e.code().category().name(), e.code().value());
        return e.code() == zego::code::signature_expired ? 0 : 1;
    }
}
