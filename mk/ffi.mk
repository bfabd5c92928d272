# ffi: filled in by its issue
