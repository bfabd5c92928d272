package zegocodes

import "strconv"

// Error is a failed API call: a response whose Code is not 0, as Check returns it.
// errors.Is matches it against the sentinel of its code's guidance, so
// errors.Is(err, ErrRateLimit) reads as what the caller will do; errors.As extracts it.
type Error struct {
	// Code is the response's return code.
	Code Code
	// Message is ZEGO's Message from the response ("" if it sent none); Code.Message has
	// the catalog's text.
	Message string
	// RequestID is the response's RequestId, to give ZEGO support.
	RequestID string
	// Product is the product whose API answered: ProductAiAgent (the zero value) for Check,
	// the product given to CheckProduct. For any other product than AI Agent, Code's methods
	// answer AI Agent's catalog: ask ProductCode instead.
	Product Product
}

// ProductCode returns the code looked up in the error's product.
func (e *Error) ProductCode() ProductCode { return e.Product.Code(uint32(e.Code)) }

// Error returns "zegocodes: CODE NAME: MESSAGE (RequestId: ID)", with the catalog's English
// message where the response carried none. For a product other than AI Agent the product's id
// comes first: "zegocodes: rtc 41003: MESSAGE", where a name follows the number only if one
// answers (an ambiguous code has none).
func (e *Error) Error() string {
	s := "zegocodes: "
	name, text := e.Code.Name(), ""
	if e.Product != defaultProduct {
		c := e.ProductCode()
		s += e.Product.String() + " "
		name = c.Name()
		if e.Message == "" {
			text = c.Message(En)
		}
	} else if e.Message == "" {
		text = e.Code.Message(En)
	}
	s += strconv.FormatUint(uint64(e.Code), 10)
	if name != "" {
		s += " " + name
	}
	message := e.Message
	if message == "" {
		message = text
	}
	s += ": " + message
	if e.RequestID != "" {
		s += " (RequestId: " + e.RequestID + ")"
	}
	return s
}

// Is reports whether target is the sentinel of the code's guidance, for errors.Is.
func (e *Error) Is(target error) bool {
	t, ok := target.(*guidanceError)
	return ok && t.guidance == e.Guidance()
}

// Guidance returns what the caller should do about the code, in the error's product.
func (e *Error) Guidance() Guidance {
	if e.Product != defaultProduct {
		return e.ProductCode().Guidance()
	}
	return e.Code.Guidance()
}

// Retryable reports whether the same request may succeed when sent again later.
func (e *Error) Retryable() bool { return e.Guidance().Retryable() }

// Check returns nil for code 0, ZEGO's only success code, and an *Error carrying code,
// message and requestID for any other: pass a response's Code, Message and RequestId.
func Check(code uint32, message, requestID string) error {
	if code == 0 {
		return nil
	}
	return &Error{Code: Code(code), Message: message, RequestID: requestID}
}

// CheckProduct is Check for a response of product's API: nil for code 0, else an *Error
// whose Product is product, matched by errors.Is against the sentinel of the code's guidance
// in that product. A code the product's sections define differently matches the guidance
// they share, or ErrUnknownCode. CheckProduct(ProductAiAgent, ...) is Check.
func CheckProduct(product Product, code uint32, message, requestID string) error {
	if code == 0 {
		return nil
	}
	return &Error{Code: Code(code), Message: message, RequestID: requestID, Product: product}
}

// guidanceError is the sentinel of one guidance. Its names follow the exception classes of
// the Java and Python libraries (RateLimitException, RateLimitError: ErrRateLimit).
type guidanceError struct{ guidance Guidance }

func (e *guidanceError) Error() string {
	return "zegocodes: " + e.guidance.String() + ": " + e.guidance.Summary(En)
}

// The sentinels errors.Is matches an *Error against, one per guidance.
var (
	// ErrUnknownCode matches a code the catalog does not hold (GuidanceUnknown): read the
	// message, do not retry blindly.
	ErrUnknownCode error = &guidanceError{GuidanceUnknown}
	// ErrNoAction matches a non-zero code that asks nothing of the caller (GuidanceNoAction).
	ErrNoAction error = &guidanceError{GuidanceNoAction}
	// ErrInvalidRequest matches a wrong request (GuidanceFixRequest): fix it; sending it
	// unchanged fails again.
	ErrInvalidRequest error = &guidanceError{GuidanceFixRequest}
	// ErrSignature matches an expired signature (GuidanceRenewSignature): sign again, then retry.
	ErrSignature error = &guidanceError{GuidanceRenewSignature}
	// ErrServiceUnavailable matches a transient failure inside ZEGO (GuidanceRetryLater):
	// retry with backoff.
	ErrServiceUnavailable error = &guidanceError{GuidanceRetryLater}
	// ErrRateLimit matches a rate or concurrency limit (GuidanceSlowDown): back off and
	// retry at a lower rate.
	ErrRateLimit error = &guidanceError{GuidanceSlowDown}
	// ErrConflict matches a request that already exists or was superseded
	// (GuidanceConflict): do not repeat it.
	ErrConflict error = &guidanceError{GuidanceConflict}
	// ErrNotFound matches a target that does not exist (GuidanceNotFound).
	ErrNotFound error = &guidanceError{GuidanceNotFound}
	// ErrWrongState matches a target whose state forbids the operation
	// (GuidanceWrongState): retry after it changes.
	ErrWrongState error = &guidanceError{GuidanceWrongState}
	// ErrAccount matches an account or service setup problem (GuidanceCheckAccount): fix
	// it in the console or with ZEGO.
	ErrAccount error = &guidanceError{GuidanceCheckAccount}
	// ErrContactSupport matches a fault only ZEGO can diagnose (GuidanceContactSupport):
	// send them the RequestID.
	ErrContactSupport error = &guidanceError{GuidanceContactSupport}
	// ErrSeeMessage matches a general code whose reason is only in the response's Message
	// (GuidanceSeeMessage).
	ErrSeeMessage error = &guidanceError{GuidanceSeeMessage}
)

// sentinels is indexed by guidance; the tests check that each guidance has its own.
var sentinels = [len(guidanceData)]error{
	GuidanceUnknown:        ErrUnknownCode,
	GuidanceNoAction:       ErrNoAction,
	GuidanceFixRequest:     ErrInvalidRequest,
	GuidanceRenewSignature: ErrSignature,
	GuidanceRetryLater:     ErrServiceUnavailable,
	GuidanceSlowDown:       ErrRateLimit,
	GuidanceConflict:       ErrConflict,
	GuidanceNotFound:       ErrNotFound,
	GuidanceWrongState:     ErrWrongState,
	GuidanceCheckAccount:   ErrAccount,
	GuidanceContactSupport: ErrContactSupport,
	GuidanceSeeMessage:     ErrSeeMessage,
}
