//! Gives the shared library the SONAME (or install name) it is installed under, so programs
//! linked against `libzego_codes.so` record the versioned name.

use std::env;

fn main() {
    let var = |name: &str| env::var(name).unwrap_or_default();
    let major = var("CARGO_PKG_VERSION_MAJOR");
    // Before 1.0 a minor release may break the ABI, so 0.x versions carry the minor too,
    // as cargo-c does.
    let abi = if major == "0" {
        format!("0.{}", var("CARGO_PKG_VERSION_MINOR"))
    } else {
        major
    };
    match var("CARGO_CFG_TARGET_OS").as_str() {
        // An APK only packs and loads files named lib*.so: Android gets an unversioned name.
        "android" => println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libzego_codes.so"),
        // Apple: programs record the install name, unversioned as one universal dylib ships
        // under one name; the release's version is the Mach-O current version.
        "macos" | "ios" | "tvos" | "watchos" | "visionos" => {
            println!("cargo:rustc-cdylib-link-arg=-Wl,-install_name,@rpath/libzego_codes.dylib");
            let version = var("CARGO_PKG_VERSION");
            println!("cargo:rustc-cdylib-link-arg=-Wl,-current_version,{version}");
        }
        "windows" => {}
        _ => println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libzego_codes.so.{abi}"),
    }
    println!("cargo:rerun-if-changed=build.rs");
}
