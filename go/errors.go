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

// guidanceError is the sentinel of one guidance. The sentinels and their names are
// generated from the map of every language's error classes (zz_generated_errors.go).
type guidanceError struct{ guidance Guidance }

func (e *guidanceError) Error() string {
	return "zegocodes: " + e.guidance.String() + ": " + e.guidance.Summary(En)
}
