// swift-tools-version:5.3
// zego-codes for Swift from a checkout: `make apple` writes build/apple/ZegoCodes.xcframework
// (static libraries for iOS, the iOS simulator and macOS), which this package exposes as the
// module ZegoCodes. A release's Package.swift (written by `make dist`) names the released zip
// by URL and checksum instead. See ffi/APPLE.md.
import PackageDescription

let package = Package(
    name: "ZegoCodes",
    platforms: [.iOS("12.0"), .macOS("10.13")],
    products: [
        .library(name: "ZegoCodes", targets: ["ZegoCodes"]),
    ],
    targets: [
        .binaryTarget(name: "ZegoCodes", path: "build/apple/ZegoCodes.xcframework"),
    ]
)
