// Package zegocodes knows every return code of ZEGO's AI Agent server API and every
// exception event code its callbacks deliver: ZEGO's Chinese and English texts exactly as
// published, a stable symbolic name, a category, and what a caller should do about each code.
//
// A Code is the Code field of an API response; an EventCode is Data.Code of a callback whose
// Event is "Exception". Both answer for any value: a code the catalog does not hold gets
// generic texts naming its range, GuidanceUnknown, and Known() == false.
//
// Every other ZEGO server product's codes answer through Product: ProductRtc.Code(41003) is a
// ProductCode, looked up in RTC, ambiguous where RTC's sections disagree on the number, exact
// when qualified by a Section (SectionRtcMediaFiles.Code(41003)); Definitions tells who
// defines a number. Code, EventCode and Check answer for ProductAiAgent, the default.
//
// Check turns a response's Code, Message and RequestId into an error: nil for success, else an
// *Error that errors.Is matches against the sentinel of its guidance (ErrRateLimit,
// ErrNotFound, ...) and errors.As extracts. CheckProduct does the same for another product.
//
// Every lookup is a multiply, two loads and a compare over tables generated from the
// project's data files (zz_generated_codes.go, zz_generated_products.go); no lookup allocates
// (only the functions returning a list, such as Meanings, make a new slice), nothing locks or
// panics, and everything is safe to call from any goroutine. The package needs only the
// standard library.
package zegocodes
