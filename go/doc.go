// Package zegocodes knows every return code of ZEGO's AI Agent server API and every
// exception event code its callbacks deliver: ZEGO's Chinese and English texts exactly as
// published, a stable symbolic name, a category, and what a caller should do about each code.
//
// A Code is the Code field of an API response; an EventCode is Data.Code of a callback whose
// Event is "Exception". Both answer for any value: a code the catalog does not hold gets
// generic texts naming its range, GuidanceUnknown, and Known() == false.
//
// Check turns a response's Code, Message and RequestId into an error: nil for success, else an
// *Error that errors.Is matches against the sentinel of its guidance (ErrRateLimit,
// ErrNotFound, ...) and errors.As extracts.
//
// Every lookup is a multiply, two loads and a compare over tables generated from the
// project's data files (zz_generated_codes.go); nothing allocates, locks or panics, and
// everything is safe to call from any goroutine. The package needs only the standard library.
package zegocodes
